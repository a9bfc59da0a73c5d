using Workbench.Cli;

Interruption.Install(Console.Error);
return WorkbenchCli.Run(args, StandardOutput.Open(), Console.Error);
