package io.baocao.pipeline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces of the series page that are plain functions: period order, axis ticks, escaping. */
class SeriesPageTest {
    @Test
    void periodsSortInTimeOrderAHalfYearBeforeItsYear() {
        List<String> periods = new ArrayList<>(List.of("2024", "2023", "2022-H1", "2024-H1", "2023-Q3", "2023-H2", "2023-05", "2022"));
        periods.sort(Series.PERIOD_ORDER);
        assertEquals(List.of("2022-H1", "2022", "2023-05", "2023-Q3", "2023-H2", "2023", "2024-H1", "2024"), periods);
    }

    @Test
    void ticksAreRoundAndCoverTheValues() {
        for (double[] range : new double[][] {{0, 2843.968}, {0, 5}, {0, 0.35}, {-12.5, 47.57}, {0, 0}, {1.04, 1.04}}) {
            double[] t = SeriesPage.ticks(range[0], range[1]);
            assertTrue(t[0] <= range[0] && t[t.length - 1] > range[1], java.util.Arrays.toString(t));
            assertTrue(t.length >= 2 && t.length <= 12, java.util.Arrays.toString(t));
            double step = t[1] - t[0];
            double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
            assertTrue(List.of(1L, 2L, 5L, 10L).contains(Math.round(mantissa)), "step " + step);
        }
        assertEquals("0.3", SeriesPage.plain(0.1 + 0.2));
        assertEquals("2843.968", SeriesPage.plain(2843.968));
        assertEquals("5", SeriesPage.plain(5.0));
    }

    @Test
    void everyMarkupCharacterIsEscaped() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;", Html.esc("<script>alert('x')</script> & \"q\""));
        assertEquals("/?q=%22%3E%3Cimg&amp;year=2024", Html.href("/", Html.params("q", "\"><img", "year", 2024, "type", null)));
        assertEquals("/doc/b%C3%A1o%20c%C3%A1o/page/3#page=3", Html.docHref("báo cáo", 3));
    }
}
