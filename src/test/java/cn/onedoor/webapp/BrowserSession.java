package cn.onedoor.webapp;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser in the browser tests: Debian's headless Chromium through its chromium-driver
 * (no driver download), Chinese, Beijing time, a fresh profile. Screenshots go to the folder given.
 */
final class BrowserSession implements AutoCloseable {

  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
  static final Duration WAIT = Duration.ofSeconds(30);

  private final int port;
  private final Path screenshots;
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private BrowserSession(int port, Path screenshots, int width, int height) throws IOException {
    this.port = port;
    this.screenshots = screenshots;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN",
        "--window-size=" + width + "," + height, "--user-data-dir=" + Files.createTempDirectory("onedoor-chromium"));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    // the page's console, for a failing test to quote (consoleLog())
    org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
    logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .withEnvironment(Map.of("TZ", "Asia/Shanghai", "LANG", "zh_CN.UTF-8", "LANGUAGE", "zh_CN:zh")).build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, WAIT);
  }

  /** Skips the test where Debian's chromium and chromium-driver are not installed (.ci/run installs them). */
  static void assumeInstalled(Path screenshots) throws IOException {
    assumeThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as("Debian's chromium and chromium-driver are installed (.ci/run installs them)").isTrue();
    Files.createDirectories(screenshots);
  }

  /** Deletes the screenshots (files, not folders) a previous run left in the folder. */
  static void clearScreenshots(Path screenshots) throws IOException {
    try (var old = Files.list(screenshots)) {
      for (Path file : old.filter(Files::isRegularFile).toList()) {
        Files.delete(file);
      }
    }
  }

  static BrowserSession open(int port, Path screenshots) throws IOException {
    return new BrowserSession(port, screenshots, 1400, 1100);
  }

  static BrowserSession open(int port, Path screenshots, int width, int height) throws IOException {
    return new BrowserSession(port, screenshots, width, height);
  }

  ChromeDriver driver() {
    return driver;
  }

  WebDriverWait waiting() {
    return wait;
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  void get(String path) {
    driver.get(url(path));
  }

  /**
   * Logs in to a Camunda webapp's own login form as a person would; a page that was not ready for
   * the first attempt gets a second and a third.
   */
  void loginToWebapp(String app, String user, String shownAfterLogin) {
    for (int attempt = 1; ; attempt++) {
      get("/camunda/app/" + app + "/");
      try {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model=username]")));
      } catch (TimeoutException stillLoading) {
        // a loaded machine may take longer than the wait to bring up the webapp the first time: load it again
        if (attempt == 3) {
          throw stillLoading;
        }
        continue;
      }
      settle(By.tagName("body"));
      type(By.cssSelector("input[ng-model=username]"), user);
      type(By.cssSelector("input[ng-model=password]"), "demo");
      driver.findElement(By.cssSelector("button[type=submit]")).click();
      try {
        new WebDriverWait(driver, Duration.ofSeconds(15))
            .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), shownAfterLogin));
        settle(By.tagName("body"));
        return;
      } catch (TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /**
   * Types {@code value} into the field and waits until the field holds it; a field the page
   * re-rendered meanwhile is typed again (five times at most).
   */
  void type(By field, String value) {
    for (int attempt = 1; ; attempt++) {
      WebElement input = driver.findElement(field);
      input.clear();
      input.sendKeys(value);
      try {
        new WebDriverWait(driver, Duration.ofSeconds(2), POLL)
            .until(d -> value.equals(d.findElement(field).getDomProperty("value")));
        return;
      } catch (TimeoutException | org.openqa.selenium.StaleElementReferenceException e) {
        if (attempt == 5) {
          throw new AssertionError("Could not type into " + field, e);
        }
      }
    }
  }

  /**
   * Waits until the page has settled: the Camunda webapp (AngularJS) has no HTTP request pending and
   * {@code region} (markup and field values) has read the same for {@link #SETTLED} consecutive polls.
   * Instead of a fixed pause: a form-js form imports its data once more after its first render, a
   * webapp goes on loading after its login, and typing into either before that is lost.
   */
  void settle(By region) {
    String[] last = {null};
    int[] same = {0};
    new WebDriverWait(driver, WAIT, POLL).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
      String now = (String) script(SNAPSHOT, driver.findElement(region));
      same[0] = now != null && now.equals(last[0]) ? same[0] + 1 : 0;
      last[0] = now;
      return same[0] >= SETTLED;
    });
  }

  /** How often {@link #settle} and {@link #type} look. */
  static final Duration POLL = Duration.ofMillis(100);

  /** Polls in a row that must read the same for {@link #settle}. */
  static final int SETTLED = 3;

  /** Null while AngularJS has requests pending; else a digest of the element's markup and field values. */
  private static final String SNAPSHOT = """
      var ng = window.angular, root = ng && (ng.element(document.body).injector() ? document.body : document.documentElement);
      if (ng) {
        var injector = ng.element(root).injector();
        if (!injector || injector.get('$http').pendingRequests.length > 0) { return null; }
      }
      var element = arguments[0], text = element.innerHTML;
      element.querySelectorAll('input, textarea, select').forEach(function (f) { text += '|' + f.value + f.checked; });
      var hash = 0;
      for (var i = 0; i < text.length; i++) { hash = (hash * 31 + text.charCodeAt(i)) | 0; }
      return text.length + ':' + hash;""";

  void click(By by) {
    wait.until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  void scrollTo(By by) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", driver.findElement(by));
    // scrolled when the page's offset reads the same twice in a row
    Object[] offset = {null};
    new WebDriverWait(driver, WAIT, POLL).until(d -> {
      Object now = script("return window.scrollY + ',' + arguments[0].getBoundingClientRect().top", d.findElement(by));
      boolean still = now.equals(offset[0]);
      offset[0] = now;
      return still;
    });
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Runs an asynchronous script in the page; it reports its result through its last argument. */
  Object asyncScript(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
  }

  /** What the page wrote to its console since the last call (errors, warnings, logs), one line each. */
  String consoleLog() {
    StringBuilder text = new StringBuilder();
    for (org.openqa.selenium.logging.LogEntry entry : driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
      text.append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n');
    }
    return text.toString();
  }

  void screenshot(String name) {
    try {
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Takes a last screenshot (what the page showed when a test failed), then quits the browser. */
  @Override
  public void close() {
    try {
      screenshot("99-last-page");
    } finally {
      driver.quit();
    }
  }
}
