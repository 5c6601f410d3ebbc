package se.stjarnbild.webapp.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import se.stjarnbild.webapp.users.UserAccount;
import se.stjarnbild.webapp.users.Pbkdf2Passwords;
import se.stjarnbild.webapp.users.UserService;

/**
 * Checks staff credentials against the users in the database. An unknown user costs as much as
 * a wrong password, so the answer's timing does not tell whether the user exists.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(UserIdentityStore.class.getName());

    @Inject
    private UserService users;

    private final Pbkdf2Passwords passwords = new Pbkdf2Passwords();
    private final String decoyHash = Pbkdf2Passwords.decoy();

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller() == null ? "" : login.getCaller().trim().toLowerCase();
        Optional<UserAccount> account = users.findAccount(username);
        String hash = account.map(UserAccount::passwordHash).orElse(decoyHash);
        boolean matches = passwords.verify(login.getPassword().getValue(), hash);
        if (account.isEmpty() || !matches || !account.get().enabled()) {
            LOG.info(() -> "Failed login for '" + username.replaceAll("[^a-z0-9._-]", "?") + "'");
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = account.get().roles().stream().map(Enum::name).collect(Collectors.toSet());
        LOG.info(() -> "Login: " + username);
        return new CredentialValidationResult(username, groups);
    }
}
