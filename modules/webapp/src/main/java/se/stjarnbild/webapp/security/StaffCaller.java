package se.stjarnbild.webapp.security;

import java.io.Serializable;
import java.util.Set;

/** Who logged in on this session and with which roles; kept in the HTTP session. */
record StaffCaller(String username, Set<String> roles) implements Serializable {
}
