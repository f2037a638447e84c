package io.baocao.pipeline.structure;

import io.baocao.extract.nlp.VietnameseSentences;
import io.baocao.extract.text.TableView;
import io.baocao.extract.text.DocumentContext;
import io.baocao.extract.text.LogicalDocument;
import io.baocao.extract.text.Passage;
import io.baocao.extract.text.StructuredFile;
import io.baocao.pipeline.read.SourceText;
import io.baocao.pipeline.read.TextLine;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The structure stage, composed in one visible place: NFC → page furniture out → footnotes marked →
 * paragraphs rebuilt → documents split → sections → sentences → passages with page and section, and the
 * tables of each logical document. It reads no record: the document header and everything else is the
 * extraction stage's ({@code io.baocao.extract.Extraction}).
 */
public final class DocumentStructure {
    private static final Pattern LIST_MARK = Pattern.compile("^[-+•*–]\\s");
    private static final Pattern RECIPIENTS = Pattern.compile("(?iu)^\\s*N[ơo]i nhận\\s*:?");
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?u)^(?:TM\\.|KT\\.|Q\\.|TL\\.|TUQ\\.)\\s|^(?:CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC)\\s*$");
    private static final Pattern HEADER_LINE = Pattern.compile(
            "(?iu)^\\s*(?:Số\\s*:|CỘNG HÒA XÃ HỘI|Độc lập\\s*-|[\\p{Lu}Đ][\\p{L}]*(?:\\s+[\\p{Lu}Đ][\\p{L}]*){0,3}\\s*,\\s*ngày\\b)");

    public StructuredFile read(String docId, SourceText source) {
        List<TextLine> lines = new ArrayList<>(source.lines().size());
        for (TextLine l : source.lines()) {
            lines.add(l.withText(Normalizer.normalize(l.text(), Normalizer.Form.NFC)));
        }
        lines = PageFurniture.remove(lines);
        // tables placed by their page and position; a format without pages marks its table rows in the
        // lines themselves (TextLine.cells), grouped by InlineTables where they stand
        List<io.baocao.pipeline.tables.Table> placed = source.pages() > 0 ? source.tables() : List.of();
        lines = TableRegions.outside(lines, placed);
        lines = Footnotes.mark(lines);
        List<Block> blocks = ParagraphBuilder.build(lines);
        blocks = TableRegions.insert(blocks, placed);
        blocks = InlineTables.group(blocks);
        StringBuilder all = new StringBuilder();
        for (Block b : blocks) {
            if (b.kind != Block.Kind.TABLE) {
                all.append(b.text()).append('\n');
            } else {
                for (io.baocao.pipeline.tables.Row r : b.table.rows()) {
                    all.append(String.join(" ", r.cells())).append('\n');
                }
            }
        }
        List<LogicalDocument> out = new ArrayList<>();
        for (List<Block> docBlocks : DocumentSplitter.split(blocks)) {
            out.add(logical(docId, docBlocks, source.pages() > 0));
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).paged() && out.get(last).lastPage() < source.pages()) {
            // the last document runs to the file's end: pages after its last line (a blank back page, one
            // with only its page number) are still its pages
            LogicalDocument d = out.get(last);
            out.set(last, new LogicalDocument(d.doc(), d.passages(), d.tables(), d.firstPage(), source.pages()));
        }
        return new StructuredFile(docId, all.toString(), out, source.signatures().stream()
                .map(s -> new io.baocao.extract.text.Signature(s.signer(), s.signed())).toList());
    }

    private LogicalDocument logical(String docId, List<Block> blocks, boolean paged) {
        Sections sections = new Sections();
        List<Passage> draft = new ArrayList<>();
        List<TableDraft> tables = new ArrayList<>();
        boolean recipients = false;
        boolean headerDone = false;
        java.util.Set<Block> legends = new java.util.HashSet<>();
        java.util.Map<Integer, List<String>> legendOf = legends(blocks, legends);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind == Block.Kind.TABLE) {
                String section = sections.current();
                tables.add(new TableDraft(b.table, section, legendOf.get(i)));
                String columns = String.join(" ", new java.util.LinkedHashSet<>(b.table.columns())).strip();
                if (!headerDone && HEADER_LINE.matcher(columns).find()) {
                    // a header line read as a table's column names (the number and date row over a letter
                    // whose body was taken for a table): still the header's line
                    draft.add(new Passage(docId, b.firstPage(), section, columns.replaceAll("\\s+", " "), Passage.Kind.HEADER,
                            DocumentContext.EMPTY, null));
                }
                for (io.baocao.pipeline.tables.Row row : b.table.rows()) {
                    String text = String.join(" | ", row.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
                    if (!text.isBlank()) {
                        draft.add(new Passage(docId, row.page(), section, text, Passage.Kind.TABLE_ROW, DocumentContext.EMPTY,
                                new Passage.TableRow(row.cells(), b.table.columns(), null, null)));
                    }
                }
                headerDone = true;
                continue;
            }
            sections.assign(b);
            String t = b.text().strip();
            if (RECIPIENTS.matcher(t).find()) {
                recipients = true;
            }
            boolean header = recipients || SIGNATURE.matcher(t).find()
                    || !headerDone && HEADER_LINE.matcher(t).find() || legends.contains(b);
            if (!header && b.kind != Block.Kind.HEADING) {
                headerDone = true;
            }
            addPassages(docId, b, header, draft);
        }
        int first = blocks.stream().mapToInt(Block::firstPage).filter(p -> p > 0).min().orElse(0);
        int last = blocks.stream().mapToInt(Block::lastPage).max().orElse(0);
        for (Block b : blocks) {
            if (b.kind == Block.Kind.TABLE) {
                last = Math.max(last, b.table.lastPage());
            }
        }
        List<Passage> passages = new ArrayList<>(draft.size());
        for (Passage p : draft) {
            passages.add(paged ? p : new Passage(p.doc(), null, p.section(), p.text(), p.kind(), p.context(), p.row()));
        }
        List<TableView> views = new ArrayList<>();
        for (TableDraft d : tables) {
            List<TableView.Row> rows = new ArrayList<>();
            for (io.baocao.pipeline.tables.Row r : d.table.rows()) {
                rows.add(new TableView.Row(paged ? r.page() : null, r.cells()));
            }
            views.add(new TableView(docId, d.section, d.table.columns(), rows, d.legend, DocumentContext.EMPTY));
        }
        return new LogicalDocument(docId, passages, views, paged ? first : null, paged ? last : null);
    }

    private record TableDraft(io.baocao.pipeline.tables.Table table, String section, List<String> legend) {
    }

    /**
     * Each table's legend, before the passages are made (a legend printed above its table must not be read
     * as prose first): the notes under the table, on its last page or the next; failing that, the notes
     * printed just above it that no earlier table took. Each appendix keeps its own legend.
     */
    private static java.util.Map<Integer, List<String>> legends(List<Block> blocks, java.util.Set<Block> used) {
        java.util.Map<Integer, List<String>> out = new java.util.HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind == Block.Kind.TABLE) {
                List<String> legend = legend(blocks, i + 1, used);
                out.put(i, legend.isEmpty() ? legendAbove(blocks, i, used) : legend);
            }
        }
        return out;
    }

    /**
     * The notes printed just above a table ("Ghi chú: (*) …" between its title and its header): the run
     * of legend lines ending at most two blocks above it.
     */
    private static List<String> legendAbove(List<Block> blocks, int table, java.util.Set<Block> used) {
        int start = -1;
        for (int i = table - 1; i >= 0 && i >= table - 12; i--) {
            Block b = blocks.get(i);
            if (b.kind == Block.Kind.TABLE || used.contains(b)) {
                break;
            }
            if (b.kind == Block.Kind.FOOTNOTE) {
                continue;
            }
            if (LEGEND_LINE.matcher(b.text().strip()).find()) {
                start = i;
            } else if (start >= 0 || i < table - 2) {
                break;
            }
        }
        return start < 0 ? List.of() : legend(blocks.subList(0, table), start, used);
    }

    /** The notes printed under a table ("Ghi chú:", "(*) …"): they give its marks their meaning. */
    private static List<String> legend(List<Block> blocks, int from, java.util.Set<Block> used) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < blocks.size() && i < from + 12; i++) {
            Block b = blocks.get(i);
            if (b.kind == Block.Kind.TABLE) {
                break;
            }
            if (b.kind == Block.Kind.FOOTNOTE) {
                continue;
            }
            String t = b.text().strip();
            if (LEGEND_LINE.matcher(t).find()) {
                used.add(b);
                for (String part : t.split("(?=\\s[-+•]\\s*\\(\\**\\))|(?=^\\(\\**\\))")) {
                    out.add(part.strip());
                }
            } else if (!out.isEmpty() || i > from + 2) {
                break;
            }
        }
        return out;
    }

    private static final Pattern LEGEND_LINE = Pattern.compile("(?iu)^(?:ghi chú|chú thích|[-+•]?\\s*\\(\\**\\))");

    private static void addPassages(String docId, Block b, boolean header, List<Passage> out) {
        String text = b.text();
        if (b.kind == Block.Kind.TABLE_ROW) {
            out.add(new Passage(docId, b.firstPage(), b.section, text, Passage.Kind.TABLE_ROW, DocumentContext.EMPTY,
                    new Passage.TableRow(b.cells, List.of(), null, null)));
            return;
        }
        if (b.kind == Block.Kind.HEADING) {
            out.add(new Passage(docId, b.firstPage(), b.section, text, header ? Passage.Kind.HEADER : Passage.Kind.HEADING,
                    DocumentContext.EMPTY, null));
            return;
        }
        Passage.Kind kind = header ? Passage.Kind.HEADER
                : b.kind == Block.Kind.FOOTNOTE ? Passage.Kind.FOOTNOTE
                : LIST_MARK.matcher(text).find() ? Passage.Kind.LIST_ITEM : Passage.Kind.SENTENCE;
        // the sentence model, not the rule (Sentences): boundary F1 0.994 against 0.986, leave one file out
        // (bin/baocao eval --models)
        for (int[] s : VietnameseSentences.spans(text)) {
            String sentence = text.substring(s[0], s[1]).strip();
            if (sentence.isEmpty()) {
                continue;
            }
            out.add(new Passage(docId, b.pageAt(s[0]), b.section, sentence, kind, DocumentContext.EMPTY, null,
                    pageBreaks(b, text, s[0], s[1])));
        }
    }

    /** Where, within a sentence of a block, a later page starts (offsets into the stripped sentence). */
    private static List<Passage.PageBreak> pageBreaks(Block b, String text, int from, int to) {
        List<Passage.PageBreak> out = new ArrayList<>();
        int lead = 0;
        while (from + lead < to && Character.isWhitespace(text.charAt(from + lead))) {
            lead++;
        }
        for (int[] p : b.pages) {
            if (p[0] > from && p[0] < to) {
                out.add(new Passage.PageBreak(p[0] - from - lead, p[1]));
            }
        }
        return out;
    }
}
