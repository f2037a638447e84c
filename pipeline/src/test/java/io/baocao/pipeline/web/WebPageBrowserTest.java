package io.baocao.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baocao.extract.text.TextFold;
import io.baocao.pipeline.CorpusIndex;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's chromium, headless, driven through its chromedriver by Selenium
 * (the driver manager cannot download anything here, so both are given by path). One browser session
 * for the whole class. Screenshots of the search and series pages go to target/screenshots/.
 */
class WebPageBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Selenium warns that it has no DevTools bindings for this Chromium; WebDriver itself needs none. */
    static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static WebServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        server = WebServer.start(CorpusIndex.path(), "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: tests run as root in CI; a fixed window so the screenshots look the same each run
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1100", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void searchShowsEveryYearWithTheMatchMarkedAndAYearFacetFilters() throws Exception {
        browser.get(base + "/");
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("giai ngan", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.year")));
        assertEquals(Set.of("2022", "2023", "2024"), years());
        List<WebElement> marks = browser.findElements(By.tagName("mark"));
        assertFalse(marks.isEmpty());
        for (WebElement m : marks) {
            String folded = TextFold.fold(m.getText());
            assertTrue(folded.equals("giai ngan") || folded.equals("giai") || folded.equals("ngan"), m.getText());
        }
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals("giải ngân")));
        // a record under its passage: the value in bold with its unit (báo cáo 2024 p.5: 2.029,859 tỷ đồng)
        assertTrue(browser.findElements(By.cssSelector("li.record[data-type=figure] b.value")).stream()
                .anyMatch(b -> b.getText().equals("2029.859")));
        screenshot("search");

        browser.findElement(By.cssSelector("section.facet[data-facet=year] a[data-value='2023']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("year=2023"));
        assertEquals(Set.of("2023"), years());
        assertEquals("2023", browser.findElement(By.cssSelector("section.facet[data-facet=year] li.selected a"))
                .getAttribute("data-value"));
        assertTrue(browser.findElements(By.cssSelector("article.hit")).stream()
                .allMatch(h -> h.findElement(By.cssSelector("a.source")).getText().equals("cantho-2023-ke-hoach-22")));
        // clicking the selected year again removes the filter
        browser.findElement(By.cssSelector("section.facet[data-facet=year] li.selected a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("year="));
        assertEquals(Set.of("2022", "2023", "2024"), years());
    }

    @Test
    void seriesPageDrawsOnePointPerPeriodWithTheTableBeneath() throws Exception {
        browser.get(base + "/series?q=n%C3%BAt+giao&type=figure");
        WebElement chart = browser.findElement(By.cssSelector("figure.chart svg"));
        List<WebElement> points = chart.findElements(By.cssSelector("circle.point"));
        List<String> periods = points.stream().map(p -> p.getAttribute("data-period")).toList();
        assertEquals(List.of("2022-H1", "2023", "2024-H1"), periods, "one point per period, in time order");
        assertEquals(1, chart.findElements(By.cssSelector("polyline.line")).size(), "one line: one jurisdiction");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.series-data tbody tr"));
        assertEquals(3, rows.size());
        assertEquals(List.of("2022-H1", "2023", "2024-H1"),
                rows.stream().map(r -> r.findElement(By.tagName("td")).getText()).toList());
        WebElement table = browser.findElement(By.cssSelector("table.series-data"));
        assertTrue(table.getLocation().getY() > chart.getLocation().getY() + chart.getSize().getHeight() - 1, "the table is beneath the chart");
        // each point links to the page its value was read from
        List<String> links = chart.findElements(By.cssSelector("a.point-link")).stream().map(a -> a.getDomAttribute("href")).toList();
        assertEquals(List.of("/doc/cantho-2022-h1-nghi-quyet-05/page/6#page=6", "/doc/cantho-2023-ke-hoach-22/page/16#page=16",
                "/doc/cantho-2024-h1-bao-cao/page/9#page=9"), links);
        screenshot("series");
    }

    @Test
    void aScriptInTheQueryIsShownAsTextAndNeverRuns() {
        String attack = "<script>alert(1)</script>";
        browser.get(base + "/?q=" + java.net.URLEncoder.encode(attack, java.nio.charset.StandardCharsets.UTF_8));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertEquals(attack, browser.findElement(By.name("q")).getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("p.summary")).getText().contains(attack));
        assertTrue(browser.findElements(By.tagName("script")).isEmpty());
        // the same in an attribute context: the facet and download links
        browser.get(base + "/?q=" + java.net.URLEncoder.encode("\"><img src=x onerror=alert(2)>", java.nio.charset.StandardCharsets.UTF_8));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertTrue(browser.findElements(By.tagName("img")).isEmpty());
    }

    @Test
    void aSourceLinkOpensThePdfInTheBrowsersViewer() {
        browser.get(base + "/doc/cantho-2024-h1-bao-cao/page/4#page=4");
        // Chromium shows a PDF in its own viewer, a document of type application/pdf (the same with or without our CSP)
        assertEquals("application/pdf", browser.executeScript("return document.contentType"));
        assertTrue(browser.getCurrentUrl().endsWith("/doc/cantho-2024-h1-bao-cao/page/4#page=4"));
    }

    @Test
    void pathsOutsideTheIndexAreRefused() {
        for (String attack : List.of("/doc/../../etc/passwd", "/doc/..%2F..%2Fetc%2Fpasswd/page/1", "/doc/%2e%2e%2f%2e%2e%2fetc%2fpasswd/page/1")) {
            browser.get(base + attack);
            String text = browser.findElement(By.tagName("body")).getText();
            assertFalse(text.contains("root:"), attack);
            assertTrue(text.contains("Not found") || text.contains("Bad request") || text.contains("400"), attack + ": " + text);
        }
    }

    private static Set<String> years() {
        return browser.findElements(By.cssSelector("section.year")).stream().map(s -> s.getAttribute("data-year"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
