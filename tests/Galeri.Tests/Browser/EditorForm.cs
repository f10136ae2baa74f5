using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Galeri.Tests.Browser;

/// <summary>A Decap CMS entry form, driven as a writer does: by the fields' labels.</summary>
public sealed class EditorForm(ChromeDriver driver)
{
    private readonly WebDriverWait _wait = new(driver, TimeSpan.FromSeconds(30));

    /// <summary>The control a label (the first with this text, or the last when <paramref name="last"/>) is for.</summary>
    public IWebElement Control(string label, bool last = false)
    {
        return _wait.Until(d =>
        {
            var id = (string?)driver.ExecuteScript(
                """
                const labels = [...document.querySelectorAll('label[for]')]
                  .filter(l => l.firstChild && l.firstChild.textContent.trim() === arguments[0]);
                const label = arguments[1] ? labels[labels.length - 1] : labels[0];
                return label ? label.htmlFor : null;
                """, label, last);
            return id is null ? null : d.FindElement(By.Id(id));
        });
    }

    public void Type(string label, string text, bool last = false)
    {
        var control = Control(label, last);
        control.Click();
        control.SendKeys(text);
    }

    /// <summary>Picks an option of a select (react-select) by typing its label and pressing Enter.</summary>
    public void Choose(string label, string option)
    {
        var input = Control(label);
        driver.ExecuteScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.SendKeys(option);
        _wait.Until(d => d.FindElements(By.XPath($"//*[contains(@class,'option') and normalize-space()='{option}']")).Count > 0);
        input.SendKeys(Keys.Enter);
    }

    public void Click(string buttonText) => ClickWhere($"//*[(self::button or @role='button' or @role='menuitem') and normalize-space()='{buttonText}']");

    public void ClickWhere(string xpath)
    {
        var button = Find(xpath);
        driver.ExecuteScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.Click();
    }

    /// <summary>Replaces the Markdown body (pre-filled with <paramref name="firstLine"/>): switches it to Markdown mode and types into its text area.</summary>
    public void ReplaceBody(string firstLine, string markdown)
    {
        ClickWhere("//span[normalize-space()='Markdown']/preceding-sibling::button[@role='switch']");
        // Markdown mode is a plain-text editable area holding the pre-filled headings.
        var area = Until(d => d.FindElements(By.CssSelector("[data-slate-editor='true']"))
            .FirstOrDefault(t => t.Displayed && t.Text.StartsWith(firstLine, StringComparison.Ordinal) && t.FindElements(By.TagName("h2")).Count == 0), "the body in Markdown mode");
        area.Click();
        area.SendKeys(Keys.Control + "a");
        area.SendKeys(Keys.Delete);
        area.SendKeys(markdown);
    }

    /// <summary>The first visible element at <paramref name="xpath"/>.</summary>
    private IWebElement Find(string xpath) =>
        Until(d => d.FindElements(By.XPath(xpath)).FirstOrDefault(b => b.Displayed), "in the editor: " + xpath);

    /// <summary>Waits for <paramref name="condition"/>; on a timeout the page's source and picture go to artifacts/editor-failure.*.</summary>
    public T Until<T>(Func<IWebDriver, T?> condition, string what)
    {
        try
        {
            return _wait.Until(condition)!;
        }
        catch (WebDriverTimeoutException)
        {
            var artifacts = Galeri.Tests.Support.RepoPaths.Artifacts;
            Directory.CreateDirectory(artifacts);
            File.WriteAllText(Path.Combine(artifacts, "editor-failure.html"), driver.PageSource);
            Screenshot(Path.Combine(artifacts, "editor-failure.png"));
            throw new WebDriverTimeoutException($"Timed out waiting for {what} (page saved as artifacts/editor-failure.*)");
        }
    }

    public void Screenshot(string path) => driver.GetScreenshot().SaveAsFile(path);
}
