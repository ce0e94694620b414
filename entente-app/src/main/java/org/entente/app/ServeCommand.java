package org.entente.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.entente.app.web.Workbench;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "serve",
        description = "The workbench: the network in a browser, the evidence of every tie, reviews; and its JSON API"
                + " under /api (see docs/web.md).")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    private EntenteCommand parent;

    @Mixin
    private ActorsOption actors;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "7070",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    private int port = 7070;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only). Any other address"
                    + " makes every write require the token printed at start.")
    private String host = "127.0.0.1";

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port takes 0 to 65535, not " + port);
        }
        Context context = parent.context();
        actors.applyTo(context);
        context.knowledgeBase();
        Store store = context.store();
        // The models load with the first upload, on the server's upload thread, never at start.
        Ingestion ingestion = new Ingestion(new LazyExtractor(context::extractor), store, 1);
        Workbench workbench;
        try {
            workbench = Workbench.start(store, ingestion::upload, host, port, context.err());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            workbench.close();
            store.close();
            stopped.countDown();
        }));
        context.out().println("Entente workbench: " + workbench.uri() + " (store " + store.path() + ")");
        workbench.token().ifPresent(token -> context.out()
                .println("Bound to " + host + ", beyond this machine: every write needs the header"
                        + " 'Authorization: Bearer " + token + "'."));
        context.out().println("Stop with Ctrl-C.");
        context.out().flush();
        workbench.warmUp();
        stopped.await();
        return Cli.OK;
    }
}
