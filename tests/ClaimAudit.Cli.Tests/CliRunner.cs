using System.Text;

namespace ClaimAudit.Cli.Tests;

/// <summary>Runs the real <c>claimaudit</c> command in-process, capturing what a user would see.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr, string RawStdout)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var raw = new MemoryStream();
        var exit = await ClaimAuditCli.RunAsync(args, stdout, stderr, () => new NonClosingStream(raw));
        return new CliRun(exit, stdout.ToString(), stderr.ToString(), Encoding.UTF8.GetString(raw.ToArray()));
    }

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Functions.sln not found above the test output");
        }
    }

    public static string Sample => Path.Combine(RepoRoot, "samples", "visits.csv");

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.WriteAsync(buffer, offset, count, cancellationToken);
    }
}
