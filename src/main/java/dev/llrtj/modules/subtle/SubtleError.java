package dev.llrtj.modules.subtle;

/** A failure the JS side reports as a DOMException with this name (DataError, OperationError, ...). */
final class SubtleError extends RuntimeException {
    final String name;

    SubtleError(String name, String message) {
        super(message, null, false, false);
        this.name = name;
    }

    static SubtleError data(String message) {
        return new SubtleError("DataError", message);
    }

    static SubtleError operation(String message) {
        return new SubtleError("OperationError", message);
    }

    static SubtleError notSupported(String message) {
        return new SubtleError("NotSupportedError", message);
    }
}
