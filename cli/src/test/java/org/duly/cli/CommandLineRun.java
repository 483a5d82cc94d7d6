package org.duly.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** One run of {@code duly} in this JVM: what it printed and how it exited. */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun duly(String... args) {
        return dulyWithInput("", args);
    }

    static CommandLineRun dulyWithInput(String stdin, String... args) {
        return dulyWithBytes(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CommandLineRun dulyWithBytes(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Duly.run(args, new ByteArrayInputStream(stdin), out, err);
        return new CommandLineRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
