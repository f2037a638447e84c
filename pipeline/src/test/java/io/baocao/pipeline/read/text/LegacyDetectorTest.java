package io.baocao.pipeline.read.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegacyDetectorTest {
    @Test
    void fontNamesAnnounceTheirEncoding() {
        // names as PDFBox reports them for the real files (subset tags, with and without the dot)
        for (String tcvn3 : List.of("FBHPEM+VnTime", "CCBOEA+.VnTime", "CCBOFB+.VnTime,Bold", "FBHPFO+VnTimeHBold",
                "ARYWSN+.VnTime", ".VnArial NarrowH", ".VnCentury Schoolbook")) {
            assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyEncoding.ofFont(tcvn3), tcvn3);
        }
        assertEquals(Optional.of(LegacyEncoding.VNI), LegacyEncoding.ofFont("VNI-Times"));
        assertEquals(Optional.of(LegacyEncoding.VNI), LegacyEncoding.ofFont("ABCDEF+VNI-Helve-Condense"));
        for (String other : List.of("Times New Roman,Bold", "TimesNewRomanPSMT", "ArialMT", "ABCDEE+Times New Roman Bold,Bold",
                "Vni", "Verdana", "NimbusRoman-Regular")) {
            assertEquals(Optional.empty(), LegacyEncoding.ofFont(other), other);
        }
        assertEquals(Optional.empty(), LegacyEncoding.ofFont(null));
    }

    @Test
    void upperCaseFontsAreTheTcvn3HFonts() {
        for (String upper : List.of("FBHPFO+VnTimeHBold", "CCBOCO+.VnTimeH", ".VnArialH", ".VnTimeH,Bold", ".VnArial NarrowH")) {
            assertTrue(LegacyEncoding.isUpperCaseFont(upper), upper);
        }
        for (String lower : List.of("FBHPEM+VnTime", ".VnTime,Bold", "VnTimeBold", ".VnHelvetIns", ".VnShelley Allegro", "VNI-Times")) {
            assertFalse(LegacyEncoding.isUpperCaseFont(lower), lower);
        }
    }

    @Test
    void statisticsTellMojibakeFromVietnamese() {
        assertEquals(Optional.of(LegacyEncoding.TCVN3),
                LegacyDetector.detect("Ng©n hµng Nhµ n­íc chi nh¸nh tØnh, thµnh phè trùc thuéc Trung"));
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyDetector.detect("Céng hßa X· héi"));
        assertEquals(Optional.of(LegacyEncoding.VNI),
                LegacyDetector.detect("Caên cöù Luaät Toå chöùc HÑND vaø UBND ngaøy 26/11/2003;"));
        assertEquals(Optional.of(LegacyEncoding.VNI), LegacyDetector.detect("COÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM"));
        // Unicode, with the Latin-1 letters the tables share and a stray sign or two
        assertEquals(Optional.empty(), LegacyDetector.detect("Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;"));
        assertEquals(Optional.empty(), LegacyDetector.detect("Diện tích 3×4 m² © Sở Nội vụ « Hà Nội »"));
        assertEquals(Optional.empty(), LegacyDetector.detect("Müller, Société Générale"));
        assertEquals(Optional.empty(), LegacyDetector.detect("Số : 01/2006/TT-NHNN"));
    }

    @Test
    void noLineOfTheUnicodeTranscriptsIsTakenForMojibake() throws IOException {
        for (String name : List.of("vn-01-2006-tt-nhnn-tcvn3.gt.txt", "vn-bc-congnghiep-t02-2007-tcvn3.gt.txt",
                "bp-991-qd-ubnd-2008-vni.gt.txt")) {
            for (String line : LegacyConverterTest.resource(name).split("\n")) {
                assertEquals(Optional.empty(), LegacyDetector.detect(line), name + ": " + line);
            }
        }
    }

    @Test
    void theEncodedTranscriptsAreTakenForTheirEncodingAndNeverTheOther() throws IOException {
        int tcvn3Lines = 0;
        int detected = 0;
        for (String name : List.of("vn-01-2006-tt-nhnn-tcvn3.gt.txt", "vn-bc-congnghiep-t02-2007-tcvn3.gt.txt")) {
            for (String line : LegacyConverterTest.resource(name).toLowerCase(Locale.ROOT).split("\n")) {
                String mojibake = LegacyConverterTest.encode(line, LegacyEncoding.TCVN3);
                Optional<LegacyEncoding> d = LegacyDetector.detect(mojibake);
                assertTrue(d.isEmpty() || d.get() == LegacyEncoding.TCVN3, line);
                if (line.length() >= 40) {
                    tcvn3Lines++;
                    detected += d.isPresent() ? 1 : 0;
                }
            }
        }
        // long lines have enough signs on their own: all but a few
        assertTrue(detected >= tcvn3Lines * 0.95, detected + " of " + tcvn3Lines);
        int vniLines = 0;
        int vniDetected = 0;
        for (String line : LegacyConverterTest.resource("bp-991-qd-ubnd-2008-vni.gt.txt").split("\n")) {
            Optional<LegacyEncoding> d = LegacyDetector.detect(LegacyConverterTest.encode(line, LegacyEncoding.VNI));
            assertTrue(d.isEmpty() || d.get() == LegacyEncoding.VNI, line);
            if (line.length() >= 40) {
                vniLines++;
                vniDetected += d.isPresent() ? 1 : 0;
            }
        }
        assertTrue(vniDetected >= vniLines * 0.95, vniDetected + " of " + vniLines);
    }

    @Test
    void aLegacyFontWithUnicodeTextIsNotConfirmed() {
        // vn-bc-ktxh-q1-2005-mixed.pdf embeds .VnTime, but its text is Unicode
        assertEquals(LegacyDetector.Verdict.UNICODE,
                LegacyDetector.confirms(LegacyDetector.evidence("tình hình kinh tế - xã hội quý I/2005"), LegacyEncoding.TCVN3));
        assertEquals(LegacyDetector.Verdict.LEGACY,
                LegacyDetector.confirms(LegacyDetector.evidence("t×nh h×nh kinh tÕ - x· héi"), LegacyEncoding.TCVN3));
        // nothing either way: the font's other text decides
        assertEquals(LegacyDetector.Verdict.UNDECIDED,
                LegacyDetector.confirms(LegacyDetector.evidence("Sè : 01/2006/TT-NHNN"), LegacyEncoding.TCVN3));
    }
}
