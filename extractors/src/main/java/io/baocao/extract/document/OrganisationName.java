package io.baocao.extract.document;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A body's name as printed in capitals in a header, written as in running text: the kind of body
 * capitalised and the first word of its own name ({@code SỞ THÔNG TIN VÀ TRUYỀN THÔNG} → {@code Sở Thông
 * tin và truyền thông}), a place level in lower case and the place's name capitalised ({@code ỦY BAN NHÂN
 * DÂN TỈNH BÌNH THUẬN} → {@code Ủy ban nhân dân tỉnh Bình Thuận}), abbreviations kept ({@code UBND}).
 */
final class OrganisationName {
    /** Kinds of body, longest first: the word after one starts the body's own name. */
    private static final List<String> HEADS = List.of("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN",
            // the Party's committees of a place: "HUYỆN ỦY SƠN TỊNH" is the Huyện ủy, not a district named "Ủy Sơn Tịnh"
            "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "QUẬN ỦY", "THỊ ỦY", "ĐẢNG ỦY", "TỔNG CỤC", "CHI CỤC",
            "TRUNG TÂM", "VĂN PHÒNG", "NGÂN HÀNG", "CÔNG AN", "CỤC", "SỞ", "BỘ", "BAN", "VỤ", "PHÒNG", "VIỆN", "HỘI");
    private static final List<String> PLACE_LEVELS = List.of("THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "TỈNH", "HUYỆN", "QUẬN",
            "XÃ", "PHƯỜNG");
    private static final Set<String> ABBREVIATIONS = Set.of("UBND", "HĐND", "KCN", "KKT", "CCN", "MTTQ", "UBMTTQ", "VN");

    private OrganisationName() {
    }

    /**
     * The bodies one line of an issuer column names, parent first: a reader that joins the column's lines gives
     * "UBND TỈNH QUẢNG NAM SỞ NỘI VỤ", the province's committee and then its department. A line is cut only
     * where a kind of body follows a place's name.
     */
    static List<String> bodies(String upper) {
        String[] words = upper.strip().split("\\s+");
        int placeAt = -1;
        for (int i = 0; i < words.length; i++) {
            if (placeAt < 0 && match(words, i, PLACE_LEVELS) != null) {
                placeAt = i;
            } else if (placeAt >= 0 && i >= placeAt + 2 && match(words, i, HEADS) != null) {
                String parent = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
                List<String> out = new java.util.ArrayList<>();
                out.add(parent);
                out.addAll(bodies(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length))));
                return out;
            }
        }
        return List.of(upper);
    }

    /** Whether a line in capitals opens on a kind of body (SỞ, CỤC, ỦY BAN NHÂN DÂN …) or a place level. */
    static boolean opensOnBody(String upper) {
        String[] words = upper.strip().split("\\s+");
        return match(words, 0, HEADS) != null || match(words, 0, PLACE_LEVELS) != null;
    }

    static String of(String upper) {
        String[] words = upper.replace("UỶ", "ỦY").replace("HOÀ", "HÒA").strip().split("\\s+");
        StringBuilder sb = new StringBuilder();
        boolean capitaliseNext = true;
        boolean inPlace = false;
        int i = 0;
        while (i < words.length) {
            String kind = i == 0 ? match(words, i, HEADS) : null;
            if (kind != null) {
                append(sb, capitalised(kind.toLowerCase(Locale.ROOT)));
                i += kind.split(" ").length;
                capitaliseNext = true;
                // a Party committee is named by its place: every word of the place's name is capitalised
                inPlace = kind.endsWith(" ỦY") && !kind.startsWith("ĐẢNG");
                continue;
            }
            String head = match(words, i, PLACE_LEVELS);
            if (head != null && head.equals("XÃ") && i + 1 < words.length && words[i + 1].equals("HỘI")) {
                head = null; // "XÃ HỘI" (society) is no commune
            }
            if (head != null) {
                append(sb, head.toLowerCase(Locale.ROOT));
                i += head.split(" ").length;
                inPlace = true;
                capitaliseNext = true;
                continue;
            }
            String w = words[i];
            if (ABBREVIATIONS.contains(w)) {
                append(sb, w);
            } else {
                String lower = w.toLowerCase(Locale.ROOT);
                append(sb, capitaliseNext || inPlace ? capitalised(lower) : lower);
            }
            // each part of a body's compound name opens on a capital (Sở Lao động - Thương binh và Xã hội; Sở
            // Văn hóa, Thể thao và Du lịch)
            capitaliseNext = !inPlace && (w.equals("-") || w.equals("–") || w.equals("VÀ") || w.endsWith(","));
            i++;
        }
        return sb.toString();
    }

    private static String match(String[] words, int at, List<String> phrases) {
        for (String phrase : phrases) {
            String[] p = phrase.split(" ");
            if (at + p.length > words.length) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < p.length && all; k++) {
                all = words[at + k].equals(p[k]);
            }
            if (all) {
                return phrase;
            }
        }
        return null;
    }

    private static void append(StringBuilder sb, String w) {
        sb.append(sb.length() == 0 ? "" : " ").append(w);
    }

    private static String capitalised(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}
