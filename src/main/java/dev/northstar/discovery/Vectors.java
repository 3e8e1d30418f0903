package dev.northstar.discovery;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.lucene.util.VectorUtil;

/** Small helpers for unit-length float vectors and their stored form (float32, little-endian). */
final class Vectors {

    private Vectors() {}

    static byte[] toBytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    static float[] fromBytes(byte[] bytes) {
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    static float dot(float[] a, float[] b) {
        return VectorUtil.dotProduct(a, b);
    }

    /** Scales {@code v} to unit length in place; a zero vector stays zero. */
    static float[] normalize(float[] v) {
        double sum = 0;
        for (float f : v) {
            sum += (double) f * f;
        }
        if (sum > 0) {
            float inv = (float) (1 / Math.sqrt(sum));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return v;
    }
}
