package dev.llrtj.testsupport.services;

/**
 * Starts local-s3 (io.github.robothy:local-s3-rest, a library without a main class) in memory on the port given as
 * the only argument. Reflection, because its jars are on the child JVM's class path, not on the tests'.
 */
public final class LocalS3Main {
    private LocalS3Main() {}

    public static void main(String[] args) throws Exception {
        Class<?> localS3 = Class.forName("com.robothy.s3.rest.LocalS3");
        Class<?> mode = Class.forName("com.robothy.s3.rest.bootstrap.LocalS3Mode");
        Object builder = localS3.getMethod("builder").invoke(null);
        Class<?> builderClass = builder.getClass();
        builderClass.getMethod("port", int.class).invoke(builder, Integer.parseInt(args[0]));
        builderClass.getMethod("mode", mode).invoke(builder, mode.getField("IN_MEMORY").get(null));
        Object server = builderClass.getMethod("build").invoke(builder);
        localS3.getMethod("start").invoke(server);
        Thread.currentThread().join();
    }
}
