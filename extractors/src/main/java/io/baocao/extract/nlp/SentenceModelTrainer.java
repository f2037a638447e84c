package io.baocao.extract.nlp;

import io.baocao.extract.text.Sentences;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * The sentence detector for Vietnamese administrative prose, trained from {@code train/sentences/}: one file
 * per source document in OpenNLP's SentenceDetector format (one sentence a line, an empty line ends a
 * paragraph, so no sample spans two paragraphs). It competes with the rule {@link Sentences} on where a
 * sentence ends inside a paragraph; see {@link #crossValidate}.
 */
public final class SentenceModelTrainer implements ModelTrainer {
    public static final String RESOURCE = "/io/baocao/extract/nlp/vi-sentences.bin";
    static final String ABBREVIATIONS = "/io/baocao/extract/words/abbreviations.txt";
    static final String LANGUAGE = "vie";
    /**
     * What may end a sentence: the full stop (also of {@code ./.}, the closing formula), ? ! and the ellipsis.
     * Not ; or : — in this genre they end list items, which the structure stage already makes paragraphs.
     */
    static final char[] END_OF_SENTENCE = {'.', '?', '!', '…'};
    /** The perceptron: on the leave-one-file-out comparison it beat maxent (GIS) on the same features (README). */
    static final String ALGORITHM = "PERCEPTRON";
    static final int ITERATIONS = 300;
    static final int CUTOFF = 2;

    public static final String P = "boundary P";
    public static final String R = "boundary R";
    public static final String F1 = "boundary F1";
    public static final String GOLD = "boundaries";
    public static final String FOUND = "found";
    public static final String CORRECT = "correct";
    private static final List<String> MEASURES = List.of(P, R, F1, GOLD, FOUND, CORRECT);

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public String dataFolder() {
        return "sentences";
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public byte[] train(List<TrainingFile> files) {
        return ModelBytes.of(model(files));
    }

    /** The model trained on these files, in file order and, within a file, in paragraph order. */
    static SentenceModel model(List<TrainingFile> files) {
        List<SentenceSample> samples = new ArrayList<>();
        for (TrainingFile f : files) {
            samples.addAll(samples(f));
        }
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no sentences in the training files");
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            SentenceDetectorFactory factory = new VietnameseSentenceFactory(LANGUAGE, abbreviations(), END_OF_SENTENCE);
            Map<String, String> manifest = new HashMap<>();
            EventTrainer trainer = TrainerFactory.getEventTrainer(params, manifest);
            MaxentModel maxent = trainer.train(ObjectStreamUtils.createObjectStream(events(samples, factory)));
            return new SentenceModel(LANGUAGE, maxent, manifest, factory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The training events: each candidate end-of-sentence character of each sentence, in its paragraph's
     * context, split or not. OpenNLP's own event stream marks the last candidate of every sentence as its
     * end; in this genre a sentence often has no full stop of its own (a list item ending in {@code ;}, a
     * heading, a table cell), and its last candidate is then the {@code .} of {@code 1.508} or {@code TP.}:
     * here a candidate is a split only when nothing but closing marks follows it in the sentence.
     */
    static List<Event> events(List<SentenceSample> samples, SentenceDetectorFactory factory) {
        SDContextGenerator context = factory.getSDContextGenerator();
        EndOfSentenceScanner scanner = factory.getEndOfSentenceScanner();
        List<Event> out = new ArrayList<>();
        for (SentenceSample sample : samples) {
            String document = sample.getDocument();
            for (Span sentence : sample.getSentences()) {
                String text = sentence.getCoveredText(document).toString();
                List<Integer> positions = scanner.getPositions(text);
                for (int i = 0; i < positions.size(); i++) {
                    int candidate = positions.get(i);
                    boolean end = i == positions.size() - 1 && closingOnly(text.substring(candidate + 1));
                    out.add(new Event(end ? SentenceDetectorME.SPLIT : SentenceDetectorME.NO_SPLIT,
                            context.getContext(document, sentence.getStart() + candidate)));
                }
            }
        }
        return out;
    }

    /** Only what may close a sentence after its full stop: quotes, brackets, the slash of {@code ./.}. */
    private static boolean closingOnly(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (Character.isLetterOrDigit(rest.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The abbreviation word list, as OpenNLP's dictionary (one entry a line; # starts a comment). */
    static Dictionary abbreviations() {
        Dictionary d = new Dictionary(true);
        try (InputStream in = SentenceModelTrainer.class.getResourceAsStream(ABBREVIATIONS)) {
            if (in == null) {
                throw new IllegalStateException(ABBREVIATIONS + " is not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    d.put(new StringList(entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }

    /** A file's paragraphs: text (its sentences joined by one space) and sentence spans. */
    static List<SentenceSample> samples(TrainingFile file) {
        List<SentenceSample> out = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        for (String line : file.lines()) {
            if (line.isBlank()) {
                add(paragraph, out);
            } else {
                paragraph.add(line.strip());
            }
        }
        add(paragraph, out);
        return out;
    }

    private static void add(List<String> sentences, List<SentenceSample> out) {
        if (sentences.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (String s : sentences) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            spans.add(new Span(text.length(), text.length() + s.length()));
            text.append(s);
        }
        out.add(new SentenceSample(text.toString(), spans.toArray(new Span[0])));
        sentences.clear();
    }

    /**
     * Leave one file out: for each file, the model trained on all the others and the rule are scored on its
     * paragraphs. A boundary is where a sentence ends inside its paragraph, counted at the offset where the
     * next sentence starts (so a closing quote or bracket after the full stop, and the spaces, do not
     * matter); a paragraph's own end is no boundary, since every splitter finds it.
     */
    @Override
    public ModelComparison crossValidate(List<TrainingFile> files) {
        Counts ruleTotal = new Counts();
        Counts modelTotal = new Counts();
        List<ModelComparison.FileScores> rows = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            List<TrainingFile> rest = new ArrayList<>(files);
            TrainingFile held = rest.remove(i);
            SentenceDetectorME detector = new SentenceDetector(model(rest));
            Counts rule = new Counts();
            Counts model = new Counts();
            for (SentenceSample s : samples(held)) {
                String text = s.getDocument();
                Set<Integer> gold = starts(s.getSentences(), text);
                rule.add(gold, starts(Sentences.spans(text), text));
                model.add(gold, starts(detector.sentPosDetect(text), text));
            }
            ruleTotal.add(rule);
            modelTotal.add(model);
            rows.add(new ModelComparison.FileScores(held.name(), rule.measures(), model.measures()));
        }
        double ruleF1 = ruleTotal.f1();
        double modelF1 = modelTotal.f1();
        String decision = modelF1 > ruleF1
                ? String.format(Locale.ROOT, "model used: boundary F1 %.3f > rule F1 %.3f (passages are cut by the model)",
                        modelF1, ruleF1)
                : String.format(Locale.ROOT, "rule kept: model F1 %.3f %s rule F1 %.3f (passages are cut by the rule)",
                        modelF1, modelF1 == ruleF1 ? "=" : "<", ruleF1);
        return new ModelComparison(name(), "Sentences (full stop + capital, abbreviation list)", MEASURES,
                ruleTotal.measures(), modelTotal.measures(), rows, decision);
    }

    /** Where each sentence but the first starts (its first non-space character). */
    static Set<Integer> starts(Span[] spans, String text) {
        List<int[]> out = new ArrayList<>();
        for (Span s : spans) {
            out.add(new int[] {s.getStart(), s.getEnd()});
        }
        return starts(out, text);
    }

    static Set<Integer> starts(List<int[]> spans, String text) {
        Set<Integer> out = new TreeSet<>();
        boolean first = true;
        for (int[] s : spans) {
            int start = s[0];
            while (start < s[1] && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start >= s[1]) {
                continue;
            }
            if (!first) {
                out.add(start);
            }
            first = false;
        }
        return out;
    }

    /** Boundary counts: gold, found, and found that are gold. */
    static final class Counts {
        int gold;
        int found;
        int correct;

        void add(Set<Integer> goldStarts, Set<Integer> foundStarts) {
            gold += goldStarts.size();
            found += foundStarts.size();
            for (Integer f : foundStarts) {
                if (goldStarts.contains(f)) {
                    correct++;
                }
            }
        }

        void add(Counts c) {
            gold += c.gold;
            found += c.found;
            correct += c.correct;
        }

        double precision() {
            return found == 0 ? 1.0 : (double) correct / found;
        }

        double recall() {
            return gold == 0 ? 1.0 : (double) correct / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Map<String, Double> measures() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put(P, precision());
            m.put(R, recall());
            m.put(F1, f1());
            m.put(GOLD, (double) gold);
            m.put(FOUND, (double) found);
            m.put(CORRECT, (double) correct);
            return m;
        }
    }
}
