using Workbench.Cli;

Interruption.Install(Console.Error);
return WorkbenchCli.Run(args, Console.Out, Console.Error);
