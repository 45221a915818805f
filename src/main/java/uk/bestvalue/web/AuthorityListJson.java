package uk.bestvalue.web;

import java.util.List;

/** A list of authorities with its count and the attribution the register's licence asks for. */
record AuthorityListJson(int count, List<AuthorityJson> items, String attribution) {
}
