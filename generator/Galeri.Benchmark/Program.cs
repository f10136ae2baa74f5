using Galeri.Benchmark;

return BenchmarkRunner.Run(args);
