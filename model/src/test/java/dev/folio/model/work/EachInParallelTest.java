package dev.folio.model.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EachInParallelTest {
    @Test
    void keepsTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        assertThat(EachInParallel.map(items, i -> i * 2)).isEqualTo(items.stream().map(i -> i * 2).toList());
        assertThat(EachInParallel.map(List.<Integer>of(), i -> i)).isEmpty();
    }
}
