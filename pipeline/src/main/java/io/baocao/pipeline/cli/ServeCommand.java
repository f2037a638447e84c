package io.baocao.pipeline.cli;

import io.baocao.pipeline.web.WebServer;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code baocao serve}: the search and series pages on http://127.0.0.1:7070/ until stopped. */
@Command(name = "serve", description = "Serve the search page, the series page and exports on http://HOST:PORT/ (Ctrl-C stops).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "data/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path indexDir;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network).")
    String host;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(indexDir)) {
            System.err.println("baocao: no index at " + indexDir + " (run: baocao ingest corpus)");
            return 2;
        }
        if (port < 0 || port > 65535) {
            System.err.println("baocao: --port must be from 0 to 65535, not " + port);
            return 2;
        }
        try {
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            System.err.println("baocao: --host " + host + ": no such address");
            return 2;
        }
        WebServer server;
        try {
            server = WebServer.start(indexDir.toAbsolutePath(), host, port);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    System.err.println("baocao: cannot listen on " + host + ":" + port + ": " + t.getMessage()
                            + " (another program uses the port? choose one with --port)");
                    return 1;
                }
            }
            System.err.println("baocao: cannot start the server on " + host + ":" + port + ": " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.out.println("baocao: serving " + indexDir + " on http://" + shown + ":" + server.port() + "/ (Ctrl-C stops)");
        System.out.flush();
        stopped.await();
        return 0;
    }
}
