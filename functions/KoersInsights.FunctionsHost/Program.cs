using KoersInsights.FunctionsHost;

return await FunctionsHostProgram.RunAsync(args, Console.Out, Console.Error);
