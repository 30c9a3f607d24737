package dev.longshot.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed pool of daemon threads running indexed loops. Work items are handed out in
 * index order, but no result may depend on which task ran an item: each item writes only
 * its own output, and per-task scratch is indexed by the task number.
 */
final class WorkerPool implements AutoCloseable {
    /** Body of a parallel loop: item {@code index}, run by task {@code task} (0 … size-1). */
    @FunctionalInterface
    interface Body {
        void run(int index, int task);
    }

    private final int size;
    private final ExecutorService executor;

    WorkerPool(int threads) {
        this.size = threads;
        AtomicInteger next = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "longshot-render-" + next.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
    }

    int size() {
        return size;
    }

    /** Runs {@code body} for every index in [0, count) and waits for all of them. */
    void forEach(int count, Body body) {
        int tasks = Math.min(size, count);
        if (tasks <= 0) return;
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>(tasks);
        for (int t = 0; t < tasks; t++) {
            int task = t;
            futures.add(executor.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    body.run(i, task);
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rendering", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) throw re;
                if (cause instanceof Error err) throw err;
                throw new IllegalStateException(cause);
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
