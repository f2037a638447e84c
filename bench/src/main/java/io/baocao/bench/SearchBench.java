package io.baocao.bench;

import io.baocao.extract.model.DocumentRecord;
import io.baocao.extract.model.Quantity;
import io.baocao.extract.model.Record;
import io.baocao.extract.model.ReferenceRecord;
import io.baocao.extract.text.DocumentContext;
import io.baocao.extract.text.Passage;
import io.baocao.extract.text.TextFold;
import io.baocao.index.BaocaoIndex;
import io.baocao.index.BaocaoSearcher;
import io.baocao.index.IngestedFile;
import io.baocao.index.SearchHit;
import io.baocao.index.search.SearchPolicy;
import io.baocao.index.search.SearchResults;
import io.baocao.pipeline.Pipeline;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Search on a large index: through {@link BaocaoSearcher} (500 hits, stored fields and highlights of each), and
 * through {@link SearchPolicy} as {@code baocao search} runs it ({@code -n 10}: every year that holds a hit
 * searched, the hits shown per year chosen).
 *
 * <p>The index is synthesised from the real records and passages of the corpus: copy after copy of each file,
 * each copy a different document ({@code doc}), year (2005–2025), jurisdiction (one of the 63 provinces and
 * cities), values (scaled) and digits in the text (so document numbers and figures differ from copy to copy),
 * with a fixed seed, until the index holds at least the asked number of records. Each copy goes in with
 * {@link BaocaoIndex#put}, as an ingested file does.
 *
 * <p>Then 1,000 mixed queries (metrics and document numbers taken from the corpus's records, programmes,
 * statuses, place names; half typed without diacritics; one in five with a year filter, one in ten with a
 * type filter) are run once to warm up and once measured, one after the other.
 *
 * <p>{@code records-only} leaves the passages out of the synthetic files (an index of records alone, about a
 * third of the documents: quicker to build on a loaded machine); by default each copy has its passages too,
 * as an ingested file does.
 *
 * <pre>java io.baocao.bench.SearchBench CORPUS_DIR INDEX_DIR [RECORDS=1000000] [QUERIES=1000] [records-only]</pre>
 */
public final class SearchBench {
    static final long SEED = 20261206L;

    static final List<String> PROVINCES = List.of("thành phố Hà Nội", "thành phố Hồ Chí Minh", "thành phố Hải Phòng",
            "thành phố Đà Nẵng", "thành phố Cần Thơ", "tỉnh An Giang", "tỉnh Bà Rịa - Vũng Tàu", "tỉnh Bắc Giang",
            "tỉnh Bắc Kạn", "tỉnh Bạc Liêu", "tỉnh Bắc Ninh", "tỉnh Bến Tre", "tỉnh Bình Định", "tỉnh Bình Dương",
            "tỉnh Bình Phước", "tỉnh Bình Thuận", "tỉnh Cà Mau", "tỉnh Cao Bằng", "tỉnh Đắk Lắk", "tỉnh Đắk Nông",
            "tỉnh Điện Biên", "tỉnh Đồng Nai", "tỉnh Đồng Tháp", "tỉnh Gia Lai", "tỉnh Hà Giang", "tỉnh Hà Nam",
            "tỉnh Hà Tĩnh", "tỉnh Hải Dương", "tỉnh Hậu Giang", "tỉnh Hòa Bình", "tỉnh Hưng Yên", "tỉnh Khánh Hòa",
            "tỉnh Kiên Giang", "tỉnh Kon Tum", "tỉnh Lai Châu", "tỉnh Lâm Đồng", "tỉnh Lạng Sơn", "tỉnh Lào Cai",
            "tỉnh Long An", "tỉnh Nam Định", "tỉnh Nghệ An", "tỉnh Ninh Bình", "tỉnh Ninh Thuận", "tỉnh Phú Thọ",
            "tỉnh Phú Yên", "tỉnh Quảng Bình", "tỉnh Quảng Nam", "tỉnh Quảng Ngãi", "tỉnh Quảng Ninh",
            "tỉnh Quảng Trị", "tỉnh Sóc Trăng", "tỉnh Sơn La", "tỉnh Tây Ninh", "tỉnh Thái Bình",
            "tỉnh Thái Nguyên", "tỉnh Thanh Hóa", "tỉnh Thừa Thiên Huế", "tỉnh Tiền Giang", "tỉnh Trà Vinh",
            "tỉnh Tuyên Quang", "tỉnh Vĩnh Long", "tỉnh Vĩnh Phúc", "tỉnh Yên Bái");

    static final List<String> PROGRAMMES = List.of("chương trình mục tiêu quốc gia", "xây dựng nông thôn mới",
            "giảm nghèo bền vững", "phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số",
            "chuyển đổi số", "cải cách hành chính", "đầu tư công", "giải ngân vốn đầu tư công",
            "phục hồi và phát triển kinh tế - xã hội", "nhà ở xã hội", "chính quyền điện tử",
            "an sinh xã hội", "bảo hiểm y tế", "phòng, chống dịch COVID-19", "kinh tế tập thể",
            "mỗi xã một sản phẩm", "xúc tiến thương mại", "thu hút đầu tư", "cải thiện môi trường kinh doanh",
            "chỉ số năng lực cạnh tranh cấp tỉnh");

    static final List<String> STATUSES = List.of("hoàn thành", "chưa hoàn thành", "đang triển khai", "đang thực hiện",
            "chưa thực hiện", "đạt kế hoạch", "vượt kế hoạch", "không đạt", "cơ bản đạt", "chậm tiến độ",
            "đã hoàn thành", "đang hoàn thiện hồ sơ");

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SearchBench CORPUS_DIR INDEX_DIR [RECORDS=1000000] [QUERIES=1000]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Path indexDir = Path.of(args[1]);
        long target = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
        int nQueries = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        boolean withPassages = !(args.length > 4 && "records-only".equals(args[4]));
        List<Pipeline.Result> real = CorpusPassages.results(corpus);
        Path done = indexDir.resolve("bench-synthesised-" + target + (withPassages ? "" : "-records-only"));
        if (target == 0) {
            System.out.println("index: as it is in " + indexDir + " (RECORDS=0: nothing added)");
        } else if (Files.exists(done)) {
            System.out.println("index: reusing " + indexDir + " (" + Files.readString(done).trim() + ")");
        } else {
            Throughput.deleteTree(indexDir);
            String summary = synthesise(real, indexDir, target, withPassages);
            Files.writeString(done, summary + "\n");
            System.out.println("index: " + summary);
        }
        List<Query> queries = queries(real, nQueries);
        try (BaocaoSearcher searcher = BaocaoSearcher.open(indexDir)) {
            System.out.printf("index: %,d Lucene documents, %.0f MB on disk%n", searcher.totalDocs(),
                    Throughput.treeSize(indexDir) / 1048576.0);
            // -Dbaocao.bench.passes, comma-separated: raw (BaocaoSearcher, 500 hits), policy (as baocao search),
            // year-by-year (SearchPolicy the way it searched before the passage key: one search a year),
            // compare (both ways of SearchPolicy on every query: how many results differ); both = raw,policy
            String passes = System.getProperty("baocao.bench.passes", "both").replace("both", "raw,policy");
            List<String> want = List.of(passes.split(","));
            if (want.contains("raw")) {
                run(searcher, queries, "warm-up (first pass, cold caches)", Pass.RAW);
                run(searcher, queries, "measured (second pass)", Pass.RAW);
            }
            if (want.contains("policy")) {
                // as baocao search runs it: every year that holds a hit ranked, -n 10 shown a year
                run(searcher, queries, "policy warm-up", Pass.POLICY);
                run(searcher, queries, "policy measured", Pass.POLICY);
            }
            if (want.contains("year-by-year")) {
                run(searcher, queries, "year-by-year warm-up", Pass.YEAR_BY_YEAR);
                run(searcher, queries, "year-by-year measured", Pass.YEAR_BY_YEAR);
            }
            if (want.contains("compare")) {
                compare(searcher, queries);
            }
            if (want.contains("phases")) {
                phases(searcher, queries);
                phases(searcher, queries);
            }
            String dump = System.getProperty("baocao.bench.dump");
            if (dump != null) {
                dump(searcher, queries, Path.of(dump));
            }
        }
    }

    enum Pass { RAW, POLICY, YEAR_BY_YEAR }

    /**
     * Every query through {@link SearchPolicy#search} and {@link SearchPolicy#searchYearByYear} (what it did
     * before the passage key): the results must be the same, hit for hit (years, jurisdictions, passages,
     * files, pages, scores, texts, records).
     */
    static void compare(BaocaoSearcher searcher, List<Query> queries) throws IOException {
        SearchPolicy policy = new SearchPolicy(searcher);
        int differ = 0;
        long hits = 0;
        for (Query q : queries) {
            SearchResults one = policy.search(q.text(), q.year(), q.type(), null, 10);
            SearchResults old = policy.searchYearByYear(q.text(), q.year(), q.type(), null, 10);
            hits += one.hits().size();
            if (!render(one).equals(render(old))) {
                differ++;
                System.out.println("  differs: " + q);
            }
        }
        System.out.printf("compare: %d queries, %d hits shown, %d with results that differ between one pass and year by year%n",
                queries.size(), hits, differ);
    }

    /**
     * Every query's results through {@link SearchPolicy#search} ({@code -n 10}), rendered as {@link #render}
     * does, into one file (-Dbaocao.bench.dump=FILE): two jars' files compared with {@code cmp} say whether a
     * change to the search changed any result. Each query's CPU time goes to FILE.cpu (not in the file
     * compared).
     */
    static void dump(BaocaoSearcher searcher, List<Query> queries, Path out) throws IOException {
        SearchPolicy policy = new SearchPolicy(searcher);
        var threadMx = java.lang.management.ManagementFactory.getThreadMXBean();
        try (var w = Files.newBufferedWriter(out); var cpu = Files.newBufferedWriter(Path.of(out + ".cpu"))) {
            for (Query q : queries) {
                long c = threadMx.getCurrentThreadCpuTime();
                SearchResults r = policy.search(q.text(), q.year(), q.type(), null, 10);
                cpu.write(String.format("%.1f\t%s\t%s\t%s\t%s\t%d%n", (threadMx.getCurrentThreadCpuTime() - c) / 1e6,
                        q.kind(), q.text(), q.year(), q.type(), r.hits().size()));
                w.write("query " + q + "\n" + render(r));
            }
        }
        System.out.println("dump: " + queries.size() + " queries' results in " + out);
    }

    /**
     * Where a query's CPU time goes (-Dbaocao.bench.passes=phases): the ranking pass of each match level
     * the policy runs ({@link BaocaoSearcher#rankByYear}, NEAR, then ALL, then SOME until one finds
     * anything), and the rest of {@link SearchPolicy#search} (choosing, reading and highlighting what is
     * shown) as the whole search's time less the ranking's. Sums over the queries, and p50/p99 of each.
     */
    static void phases(BaocaoSearcher searcher, List<Query> queries) throws IOException {
        SearchPolicy policy = new SearchPolicy(searcher);
        var threadMx = java.lang.management.ManagementFactory.getThreadMXBean();
        int levels = io.baocao.index.QueryBuilder.Match.values().length;
        long[][] rank = new long[levels][queries.size()];
        int[] ranAt = new int[levels];
        long[] rest = new long[queries.size()];
        long[] whole = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            long ranking = 0;
            for (io.baocao.index.QueryBuilder.Match m : io.baocao.index.QueryBuilder.Match.values()) {
                long c = threadMx.getCurrentThreadCpuTime();
                var r = searcher.rankByYear(q.text(), m, q.year(), q.type(), null, 300);
                long t = threadMx.getCurrentThreadCpuTime() - c;
                rank[m.ordinal()][i] = t;
                ranking += t;
                ranAt[m.ordinal()]++;
                if (r.found()) {
                    break;
                }
            }
            long c = threadMx.getCurrentThreadCpuTime();
            policy.search(q.text(), q.year(), q.type(), null, 10);
            whole[i] = threadMx.getCurrentThreadCpuTime() - c;
            rest[i] = Math.max(0, whole[i] - ranking);
        }
        for (io.baocao.index.QueryBuilder.Match m : io.baocao.index.QueryBuilder.Match.values()) {
            long[] t = rank[m.ordinal()].clone();
            Arrays.sort(t);
            System.out.printf("phases: rank %-4s run by %4d queries, %8.0f ms in all, p50 %.1f, p99 %.1f ms%n", m,
                    ranAt[m.ordinal()], Arrays.stream(t).sum() / 1e6, pct(t, 50), pct(t, 99));
        }
        long[] r = rest.clone();
        Arrays.sort(r);
        System.out.printf("phases: the rest (choose, read, highlight) %8.0f ms in all, p50 %.1f, p99 %.1f ms%n",
                Arrays.stream(r).sum() / 1e6, pct(r, 50), pct(r, 99));
        long[] w = whole.clone();
        Arrays.sort(w);
        System.out.printf("phases: whole search %8.0f ms in all, p50 %.1f, p99 %.1f ms%n", Arrays.stream(w).sum() / 1e6,
                pct(w, 50), pct(w, 99));
    }

    /**
     * As {@code SearchResults.comparableText} renders, written here again because these classes also run on
     * top of an older baocao.jar (OLD_JAR), which does not have that method.
     */
    static String render(SearchResults r) {
        StringBuilder b = new StringBuilder();
        for (SearchResults.YearGroup y : r.years()) {
            b.append("year ").append(y.year()).append('\n');
            for (SearchResults.JurisdictionGroup j : y.jurisdictions()) {
                b.append(' ').append(j.jurisdiction()).append(" (").append(j.hitCount()).append(")\n");
                for (SearchResults.Evidence e : j.evidence()) {
                    b.append("  document ").append(e.document() == null ? null : e.document().recordJson()).append('\n');
                    for (SearchHit h : e.hits()) {
                        b.append("   ").append(h.doc()).append(' ').append(h.file()).append(" p").append(h.page())
                                .append(' ').append(h.type()).append(' ').append(h.score()).append(' ')
                                .append(h.partial()).append(' ').append(h.text()).append(' ').append(h.recordJson());
                        h.highlights().forEach(s -> b.append(" [").append(s[0]).append(',').append(s[1]).append(']'));
                        b.append('\n');
                    }
                }
            }
        }
        return b.toString();
    }

    record Query(String kind, String text, Integer year, String type) {
    }

    /**
     * One pass of the queries: {@code RAW} asks {@link BaocaoSearcher#search} for 500 hits (the raw searcher);
     * {@code POLICY} runs {@link SearchPolicy#search} with {@code -n 10}, what {@code baocao search} prints;
     * {@code YEAR_BY_YEAR} the same the way it was done before the passage key (one search a year).
     */
    static void run(BaocaoSearcher searcher, List<Query> queries, String label, Pass pass) throws IOException {
        SearchPolicy searchPolicy = new SearchPolicy(searcher);
        long[] nanos = new long[queries.size()];
        long[] cpu = new long[queries.size()];
        var threadMx = java.lang.management.ManagementFactory.getThreadMXBean();
        long hits = 0;
        java.util.Map<String, List<Long>> perKind = new java.util.TreeMap<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            long c = threadMx.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            hits += switch (pass) {
                case POLICY -> searchPolicy.search(q.text(), q.year(), q.type(), 10).hits().size();
                case YEAR_BY_YEAR -> searchPolicy.searchYearByYear(q.text(), q.year(), q.type(), null, 10).hits().size();
                case RAW -> searcher.search(q.text(), q.year(), q.type(), 500).size();
            };
            nanos[i] = System.nanoTime() - s;
            cpu[i] = threadMx.getCurrentThreadCpuTime() - c;
            perKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(nanos[i]);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("search %s: %d queries, %d hits, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f QPS%n",
                label, queries.size(), hits, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted[sorted.length - 1] / 1e6, queries.size() / seconds);
        long[] cpuSorted = cpu.clone();
        Arrays.sort(cpuSorted);
        // CPU time of the searching thread: what the latency would be with a core to itself (the index is in
        // the page cache), the figure to trust on a loaded machine
        System.out.printf("  CPU time per query: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %.0f queries per CPU-second%n",
                pct(cpuSorted, 50), pct(cpuSorted, 95), pct(cpuSorted, 99), cpuSorted[cpuSorted.length - 1] / 1e6,
                queries.size() / (Arrays.stream(cpu).sum() / 1e9));
        for (var e : perKind.entrySet()) {
            long[] k = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("  %-10s %4d queries: p50 %.1f ms, p99 %.1f ms%n", e.getKey(), k.length, pct(k, 50), pct(k, 99));
        }
    }

    static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** Copies of the real files into the index until it holds {@code target} records. */
    static String synthesise(List<Pipeline.Result> real, Path dir, long target, boolean withPassages)
            throws Exception {
        Random rnd = new Random(SEED);
        long records = 0;
        long passages = 0;
        int copies = 0;
        long t0 = System.nanoTime();
        try (BaocaoIndex index = BaocaoIndex.open(dir)) {
            while (records < target) {
                Pipeline.Result src = real.get(copies % real.size());
                int year = 2005 + rnd.nextInt(21);
                String jurisdiction = PROVINCES.get(rnd.nextInt(PROVINCES.size()));
                double scale = 0.5 + rnd.nextInt(101) / 100.0;
                int digitShift = 1 + rnd.nextInt(9);
                String doc = src.docId() + "-s" + copies;
                DocumentContext context = new DocumentContext(doc, null, year, jurisdiction);
                List<Passage> ps = new ArrayList<>();
                for (Passage p : withPassages ? src.passages() : List.<Passage>of()) {
                    DocumentContext c = p.context() == null ? context
                            : new DocumentContext(doc, p.context().kind(), year, jurisdiction);
                    ps.add(new Passage(doc, p.page(), p.section(), shiftDigits(p.text(), digitShift), p.kind(), c,
                            p.row(), p.pageBreaks()));
                }
                List<Record> rs = new ArrayList<>();
                for (Record r : src.records()) {
                    Record copy = shallowCopy(r);
                    copy.doc = doc;
                    copy.year = year;
                    copy.jurisdiction = jurisdiction;
                    copy.text = copy.text == null ? null : shiftDigits(copy.text, digitShift);
                    if (copy instanceof Quantity q && q.value != null) {
                        q.value = Math.round(q.value * scale * 100) / 100.0;
                    }
                    if (copy instanceof ReferenceRecord ref && ref.number != null) {
                        ref.number = shiftDigits(ref.number, digitShift);
                    }
                    if (copy instanceof DocumentRecord d && d.number != null) {
                        d.number = shiftDigits(d.number, digitShift);
                    }
                    rs.add(copy);
                }
                String hash = String.format("%064x", copies);
                index.put(new IngestedFile("/synthetic/" + doc + ".pdf", hash, doc, src.pages(), ps, rs));
                records += rs.size();
                passages += ps.size();
                copies++;
                if (copies % 500 == 0) {
                    index.commit();
                    System.out.printf("index: %d copies, %,d records, %,d passages, %.0f s%n", copies, records,
                            passages, (System.nanoTime() - t0) / 1e9);
                }
            }
            index.commit();
        }
        return String.format("%,d records and %,d passages in %,d synthetic files from %d real ones, built in %.0f s",
                records, passages, copies, real.size(), (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Every digit moved by {@code shift} (mod 10), except in four-digit years (19xx, 20xx), so figures and
     * document numbers differ from copy to copy while the text stays the same text.
     */
    static String shiftDigits(String s, int shift) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                b.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            String run = s.substring(i, j);
            if (run.length() == 4 && (run.startsWith("19") || run.startsWith("20"))) {
                b.append(run);
            } else {
                for (int k = 0; k < run.length(); k++) {
                    b.append((char) ('0' + (run.charAt(k) - '0' + shift) % 10));
                }
            }
            i = j;
        }
        return b.toString();
    }

    static Record shallowCopy(Record r) throws ReflectiveOperationException {
        Record copy = r.getClass().getDeclaredConstructor().newInstance();
        for (Class<?> c = r.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                f.set(copy, f.get(r));
            }
        }
        return copy;
    }

    /** The query mix, deterministic: each kind in turn, half of them typed without diacritics. */
    static List<Query> queries(List<Pipeline.Result> real, int n) {
        Set<String> metrics = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        for (Pipeline.Result r : real) {
            for (Record rec : r.records()) {
                if (rec instanceof Quantity q && q.metric != null && !q.metric.isBlank()) {
                    String[] words = q.metric.trim().split("\\s+");
                    metrics.add(String.join(" ", Arrays.copyOf(words, Math.min(words.length, 4))));
                } else if (rec instanceof ReferenceRecord ref && ref.number != null) {
                    numbers.add(ref.number);
                } else if (rec instanceof DocumentRecord d && d.number != null) {
                    numbers.add(d.number);
                }
            }
        }
        List<String> metricList = new ArrayList<>(metrics);
        List<String> numberList = new ArrayList<>(numbers);
        if (metricList.isEmpty() || numberList.isEmpty()) {
            throw new IllegalStateException("the corpus gave no metric or no document number to query");
        }
        Random rnd = new Random(SEED + 1);
        String[] types = {"figure", "percentage", "reference", "status", "passage"};
        List<Query> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String kind;
            String text;
            switch (i % 5) {
                case 0 -> {
                    kind = "metric";
                    text = metricList.get(rnd.nextInt(metricList.size()));
                }
                case 1 -> {
                    kind = "programme";
                    text = PROGRAMMES.get(rnd.nextInt(PROGRAMMES.size()));
                }
                case 2 -> {
                    kind = "number";
                    String num = numberList.get(rnd.nextInt(numberList.size()));
                    // the real number, or one as a synthetic copy holds it
                    text = rnd.nextBoolean() ? num : shiftDigits(num, 1 + rnd.nextInt(9));
                }
                case 3 -> {
                    kind = "status";
                    text = STATUSES.get(rnd.nextInt(STATUSES.size()));
                }
                default -> {
                    kind = "place";
                    String place = PROVINCES.get(rnd.nextInt(PROVINCES.size()));
                    text = rnd.nextBoolean() ? place
                            : place + " " + PROGRAMMES.get(rnd.nextInt(PROGRAMMES.size()));
                }
            }
            if (rnd.nextBoolean()) {
                text = TextFold.fold(text);
            }
            Integer year = rnd.nextInt(5) == 0 ? 2005 + rnd.nextInt(21) : null;
            String type = rnd.nextInt(10) == 0 ? types[rnd.nextInt(types.length)] : null;
            out.add(new Query(kind, text, year, type));
        }
        return out;
    }
}
