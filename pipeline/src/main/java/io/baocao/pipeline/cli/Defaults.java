package io.baocao.pipeline.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The default index folder of every command, so that one set-up serves {@code ingest}, {@code search}
 * and {@code stats} alike: {@code --index DIR} if given, else the {@code BAOCAO_INDEX} environment
 * variable, else {@code index=DIR} in the config file ({@code BAOCAO_CONFIG}, or
 * {@code $XDG_CONFIG_HOME/baocao/config.properties}, or {@code ~/.config/baocao/config.properties}; a
 * relative DIR is relative to the config file's folder), else {@code data/index}.
 */
final class Defaults implements CommandLine.IDefaultValueProvider {
    static final String INDEX_ENV = "BAOCAO_INDEX";
    static final String CONFIG_ENV = "BAOCAO_CONFIG";

    private final Map<String, String> env;
    private final Path home;

    Defaults(Map<String, String> env, Path home) {
        this.env = env;
        this.home = home;
    }

    Defaults() {
        this(System.getenv(), Path.of(System.getProperty("user.home", ".")));
    }

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec arg) {
        if (arg instanceof CommandLine.Model.OptionSpec o && "--index".equals(o.longestName())) {
            return index();
        }
        return null;
    }

    /** The default index folder, or null for the built-in {@code data/index}. */
    String index() {
        String fromEnv = env.get(INDEX_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        Path config = config();
        if (config == null || !Files.isRegularFile(config)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("baocao: cannot read the config file " + Names.printable(config.toString()) + " ("
                    + Names.printable(String.valueOf(e.getMessage())) + "); its settings are not used");
            return null;
        }
        String dir = p.getProperty("index");
        if (dir == null || dir.isBlank()) {
            return null;
        }
        Path parent = config.toAbsolutePath().getParent();
        return parent == null ? dir.strip() : parent.resolve(dir.strip()).normalize().toString();
    }

    Path config() {
        String explicit = env.get(CONFIG_ENV);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("baocao").resolve("config.properties");
    }
}
