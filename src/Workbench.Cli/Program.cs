using Workbench.Cli;

return WorkbenchCli.Run(args, Console.Out, Console.Error);
