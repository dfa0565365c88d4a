using ClaimAudit.Cli;

return await ClaimAuditCli.RunAsync(args, Console.Out, Console.Error, Console.OpenStandardOutput, ConsoleTerminals.OfProcess);
