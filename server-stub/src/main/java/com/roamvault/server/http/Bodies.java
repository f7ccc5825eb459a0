package com.roamvault.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.stream.Collectors;

/** Reads request bodies strictly and turns every kind of bad JSON into a clear {@code bad_request}. */
public final class Bodies {
    private final ObjectMapper json;

    public Bodies(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(Context ctx, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiException.badRequest("The request needs a JSON body");
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest("The request body must be a JSON object, not null");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("Unknown field '" + e.getPropertyName() + "'");
        } catch (InvalidFormatException e) {
            throw ApiException.badRequest("Field '" + path(e) + "' has the wrong type or format");
        } catch (MismatchedInputException e) {
            String at = path(e);
            throw ApiException.badRequest(at.isEmpty() ? "The request body has the wrong shape"
                    : "Field '" + at + "' has the wrong type");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("The request body is not valid JSON");
        } catch (IOException e) {
            throw ApiException.badRequest("The request body could not be read");
        }
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
