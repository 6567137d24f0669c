package dev.folio.render.pdf.internal;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Font metrics shared by every guide of the JVM. With them openhtmltopdf loads a fallback font
 * (the 4 MB CJK one, say) only when a guide actually uses it, instead of in every guide.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {
    static final FontMetricsCache SHARED = new FontMetricsCache();

    private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

    private FontMetricsCache() {
    }

    @Override
    public void put(String key, FSCacheValue value) {
        values.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
        return values.computeIfAbsent(key, k -> {
            try {
                return loader.call();
            } catch (Exception e) {
                throw new IllegalStateException("cannot load font metrics " + k, e);
            }
        });
    }

    @Override
    public FSCacheValue get(String key) {
        return values.get(key);
    }
}
