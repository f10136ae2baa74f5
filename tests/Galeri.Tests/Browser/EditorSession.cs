using System.Net;
using System.Net.Sockets;
using Galeri.Cli;
using Galeri.Cli.Reporting;
using Galeri.Tests.Support;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Galeri.Tests.Browser;

/// <summary>
/// <c>galeri serve --editor</c> on a copy of the sample catalog (run in-process, stopped on dispose,
/// which stops its decap-server too), and a Chromium signed in to the editor at /admin/.
/// </summary>
public sealed class EditorSession : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _serve;
    private ChromeDriver? _driver;

    public EditorSession()
    {
        Content = _temp.Combine("content");
        DirectoryCopy.Copy(RepoPaths.Content, Content);
        Port = FreePort();
        _serve = Task.Run(() => ServeCommand.Run(Content, RepoPaths.Theme, Port, "/", new OutputSettings(OutputStyle.Plain, Verbosity.Quiet), _stop.Token, editor: true));
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!Answers(http, Url("admin/config.yml")))
        {
            if (_serve.IsCompleted) throw new InvalidOperationException($"galeri serve --editor stopped with exit code {_serve.Result}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException("galeri serve --editor did not answer within 2 minutes");
            _serve.Wait(TimeSpan.FromMilliseconds(200));
        }
        Screenshots = Path.Combine(RepoPaths.Artifacts, "screenshots");
        Directory.CreateDirectory(Screenshots);
    }

    public string Content { get; }
    public int Port { get; }
    public string Screenshots { get; }
    public ChromeDriver Driver => _driver ?? throw new InvalidOperationException("Open the editor first");

    public string Url(string path) => $"http://127.0.0.1:{Port}/{path}";

    /// <summary>
    /// Opens an editor address ("#/collections/inovasi/new") in a new browser and signs in to the local
    /// backend. A new browser each time: Decap keeps an unsaved form, and its backup, in the browser.
    /// </summary>
    public void Open(string route)
    {
        _driver?.Quit();
        _driver = HeadlessChromium.Start();
        Driver.Navigate().GoToUrl(Url("admin/") + route);
        var wait = Wait(TimeSpan.FromSeconds(60));
        wait.Until(d => d.FindElements(By.XPath("//button[normalize-space()='Masuk']")).Count > 0 || d.FindElements(By.CssSelector("label")).Count > 0);
        var login = Driver.FindElements(By.XPath("//button[normalize-space()='Masuk']"));
        if (login.Count > 0) login[0].Click();
    }

    public WebDriverWait Wait(TimeSpan timeout) => new(Driver, timeout);

    public static bool Answers(HttpClient http, string url)
    {
        try
        {
            return http.GetAsync(url).Result.StatusCode == HttpStatusCode.OK;
        }
        catch (AggregateException e) when (e.InnerException is HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _driver?.Quit();
        _stop.Cancel();
        _serve.Wait(TimeSpan.FromSeconds(30));
        _temp.Dispose();
    }
}
