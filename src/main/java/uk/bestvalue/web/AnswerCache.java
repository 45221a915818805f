package uk.bestvalue.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serialised API answers, kept while the data they came from is unchanged (the explorer's data
 * generation), so that a popular comparison is written to JSON once, not on every request.
 */
final class AnswerCache {
    interface Source {
        byte[] produce() throws Exception;
    }

    private record Answer(long generation, byte[] body) {
    }

    private final int capacity;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    AnswerCache(int capacity) {
        this.capacity = capacity;
    }

    byte[] get(String key, long generation, Source source) throws Exception {
        Answer answer = answers.get(key);
        if (answer != null && answer.generation() == generation) {
            return answer.body();
        }
        byte[] body = source.produce();
        if (answers.size() >= capacity) {
            answers.clear();
        }
        answers.put(key, new Answer(generation, body));
        return body;
    }
}
