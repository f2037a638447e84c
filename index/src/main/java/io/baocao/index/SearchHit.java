package io.baocao.index;

import java.util.List;

/**
 * One hit: where it is (document, year, jurisdiction, page, section), what it is (a passage or a record
 * type), its text with the spans that matched, its score, and for a record its JSON.
 */
public record SearchHit(String doc, String file, Integer year, String jurisdiction, Integer page, String section,
                        String type, String text, List<int[]> highlights, float score, String recordJson) {
}
