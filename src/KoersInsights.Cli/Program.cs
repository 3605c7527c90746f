using KoersInsights.Cli;

return await KoersCli.RunAsync(args, Console.Out, Console.Error);
