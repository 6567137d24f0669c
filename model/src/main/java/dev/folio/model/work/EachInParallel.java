package dev.folio.model.work;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.RecursiveAction;

/**
 * Does some work for each item in parallel, split down to one item per fork-join task, each result at its item's
 * index: the order of the results never depends on timing. A parallel stream cuts a list into chunks sized for the
 * pool (four of 800 pages on two cores), and a core that finished its chunks then waited for the other's last one.
 * Runs in the pool of the calling thread when it has one, else in the common pool.
 */
public final class EachInParallel {
    private EachInParallel() {
    }

    /** {@code action} applied to every item, in parallel; the results in the items' order. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> action) {
        Object[] results = new Object[items.size()];
        if (!items.isEmpty()) {
            new Split<>(items, results, action, 0, items.size()).invoke();
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) new ArrayList<>(Arrays.asList(results));
        return list;
    }

    private static final class Split<T, R> extends RecursiveAction {
        private static final long serialVersionUID = 1L;

        private final transient List<T> items;
        private final transient Object[] results;
        private final transient Function<? super T, ? extends R> action;
        private final int from;
        private final int to;

        Split(List<T> items, Object[] results, Function<? super T, ? extends R> action, int from, int to) {
            this.items = items;
            this.results = results;
            this.action = action;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                results[from] = action.apply(items.get(from));
            } else if (to - from > 1) {
                int middle = (from + to) >>> 1;
                invokeAll(new Split<>(items, results, action, from, middle), new Split<>(items, results, action, middle, to));
            }
        }
    }
}
