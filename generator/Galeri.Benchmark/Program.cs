using Galeri.Benchmark;

if (args.Contains("--photos")) return PhotoTiming.Run();
return BenchmarkRunner.Run(args);
