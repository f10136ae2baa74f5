using System.Runtime.ExceptionServices;

namespace Galeri.Output;

/// <summary>
/// Parallel loops over output files that fail like sequential ones: the first real cause (disk full:
/// an <see cref="IOException"/>) is rethrown instead of the parallel wrapper, so the command line
/// reports it as a write failure (exit 3) and not as an unexpected error.
/// </summary>
internal static class ParallelWrite
{
    public static void ForEach<T>(IEnumerable<T> items, Action<T> body)
    {
        try
        {
            Parallel.ForEach(items, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            var first = e.InnerExceptions.FirstOrDefault(i => i is IOException or UnauthorizedAccessException) ?? e.InnerExceptions[0];
            ExceptionDispatchInfo.Capture(first).Throw();
        }
    }
}
