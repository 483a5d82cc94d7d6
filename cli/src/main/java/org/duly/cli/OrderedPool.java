package org.duly.cli;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Work done on a pool of threads while the caller goes on submitting, each result handed to one
 * consumer on the caller's thread in the order the work was submitted: so what the consumer builds
 * (a report) is the same at any number of threads. At most a bounded number of pieces of work are in
 * flight, so memory does not grow with how many are submitted. With one thread the work is done on
 * the caller's thread, as it is submitted.
 *
 * @param <T> the result of one piece of work
 */
final class OrderedPool<T> implements AutoCloseable {

    /** How many pieces of work may wait per thread: enough to keep every thread busy, few enough to hold. */
    static final int WAITING_PER_THREAD = 64;

    private final ExecutorService pool;
    private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
    private final Consumer<T> consumer;
    private final int window;

    OrderedPool(int threads, String name, Consumer<T> consumer) {
        this.consumer = consumer;
        this.window = threads * WAITING_PER_THREAD;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Submits work; its result reaches the consumer after every result submitted before it. */
    void submit(Callable<T> work) {
        if (pool == null) {
            consumer.accept(call(work));
            return;
        }
        inFlight.add(pool.submit(work));
        while (inFlight.size() >= window) {
            take(inFlight.poll());
        }
    }

    /** A result already at hand, handed on in its turn. */
    void submitDone(T result) {
        if (pool == null) {
            consumer.accept(result);
            return;
        }
        inFlight.add(CompletableFuture.completedFuture(result));
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException("work in the pool catches its own failures", e);
        }
    }

    private void take(Future<T> next) {
        T result;
        try {
            result = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for work in the pool", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("work in the pool catches its own failures", e.getCause());
        }
        consumer.accept(result);
    }

    /** Hands on every result still in flight, then stops the threads. */
    @Override
    public void close() {
        try {
            while (!inFlight.isEmpty()) {
                take(inFlight.poll());
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
