package dev.llrtj.image;

import com.oracle.svm.core.annotate.Substitute;
import com.oracle.svm.core.annotate.TargetClass;

/**
 * In the native executable only: Netty's channel pipelines deliver every event to every handler, instead of asking
 * reflection which handler methods are marked {@code @Skip}. Netty computes a handler class's event mask the first
 * time the class joins a pipeline, with a {@code Class.getMethod} per event method (~20) and an annotation read. In
 * the image, a handler whose methods are not registered for reflection answers each look-up with a
 * NoSuchMethodException (stack trace filled in), and Netty then treats the method as not skippable; registering the
 * methods instead costs as much again in metadata decoding. Either way it was 5.5-6% of a DynamoDB cold start's CPU,
 * for the first HTTP connection. Not skipping is always correct: a {@code @Skip} method of Netty's adapters only
 * passes the event on to the next handler, which is what skipping it does.
 */
@TargetClass(className = "io.netty.channel.ChannelHandlerMask")
final class Target_io_netty_channel_ChannelHandlerMask {
    @Substitute
    @SuppressWarnings("unused")
    private static boolean isSkippable(Class<?> handlerType, String methodName, Class<?>... paramTypes) {
        return false;
    }
}
