package io.baocao.pipeline.nlp;

import java.util.Map;

/**
 * What the language check found in one file's passages: how many it judged (passages with at least
 * {@link LanguageCheck#MIN_LETTERS} letters), how many are in another language (by ISO 639-3 code, as
 * the language detector names them) and how many are Vietnamese mis-decoded (mojibake: letters outside
 * the Vietnamese alphabet where a legacy font or a wrong encoding was read as Unicode), with the first
 * example of each: {@code p. 3: "Uû ban nh©n d©n …"}.
 */
public record LanguageFlags(int judged, Map<String, Integer> otherLanguages, int misdecoded,
                            String otherExample, String misdecodedExample) {
    public static final LanguageFlags NONE = new LanguageFlags(0, Map.of(), 0, null, null);

    public LanguageFlags {
        otherLanguages = otherLanguages == null ? Map.of() : Map.copyOf(otherLanguages);
    }

    public int notVietnamese() {
        return otherLanguages.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean any() {
        return misdecoded > 0 || notVietnamese() > 0;
    }

    /** The finding in words, for the ingest report; null when every passage judged is Vietnamese. */
    public String describe() {
        if (!any()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        if (misdecoded > 0) {
            sb.append(misdecoded).append(" of ").append(judged)
                    .append(" passages look like mis-decoded Vietnamese (letters outside the Vietnamese alphabet: a legacy"
                            + " TCVN3/VNI font or a wrong encoding read as Unicode), e.g. ").append(misdecodedExample);
        }
        int other = notVietnamese();
        if (other > 0) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(other).append(" of ").append(judged).append(" passages are not Vietnamese (")
                    .append(new java.util.TreeMap<>(otherLanguages).toString().replaceAll("[{}]", "").replace("=", ": "))
                    .append("), e.g. ").append(otherExample);
        }
        return sb.toString();
    }
}
