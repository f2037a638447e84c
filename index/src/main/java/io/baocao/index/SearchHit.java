package io.baocao.index;

import java.util.List;

/**
 * One hit: where it is (document, year, jurisdiction, page, section), what it is (a passage or a record
 * type), its text with the spans that matched, its score, for a record its JSON, whether it meets only
 * some of the query's syllables ({@code partial}), the kind of document it is from ({@code Báo cáo}), and the
 * id of the sector it is about ({@code y-te}), or null in an index written before sectors.
 */
public record SearchHit(String doc, String file, Integer year, String jurisdiction, Integer page, String section,
                        String type, String text, List<int[]> highlights, float score, String recordJson,
                        boolean partial, String docKind, String sector) {
    public SearchHit(String doc, String file, Integer year, String jurisdiction, Integer page, String section,
                     String type, String text, List<int[]> highlights, float score, String recordJson,
                     boolean partial, String docKind) {
        this(doc, file, year, jurisdiction, page, section, type, text, highlights, score, recordJson, partial, docKind, null);
    }

    public SearchHit(String doc, String file, Integer year, String jurisdiction, Integer page, String section,
                     String type, String text, List<int[]> highlights, float score, String recordJson) {
        this(doc, file, year, jurisdiction, page, section, type, text, highlights, score, recordJson, false, null, null);
    }
}
