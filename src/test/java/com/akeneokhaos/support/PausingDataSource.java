package com.akeneokhaos.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * A DataSource that tells a {@link KillSwitch} about every write statement it executes (after it ran, so
 * its rows are in the open transaction) and every commit (before and after it): the switch can then hold
 * the process exactly between two statements of one chunk. Statements are named by verb and table, plus
 * the first column an UPDATE sets ({@code INSERT INTO khaos_outbox}, {@code UPDATE sync_ledger SET status});
 * reads are not events. Everything else goes to the wrapped DataSource unchanged.
 */
public final class PausingDataSource {

	private static final Pattern WRITE = Pattern.compile(
			"^\\s*(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+`?([A-Za-z0-9_]+)`?(?:\\s+SET\\s+`?([A-Za-z0-9_]+))?",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> EXECUTIONS = Set.of("execute", "executeUpdate", "executeLargeUpdate",
			"executeBatch", "executeLargeBatch");

	private PausingDataSource() {
	}

	/** The wrapped DataSource; it closes the target (a connection pool) when it is closed. */
	public static DataSource wrap(DataSource target, KillSwitch killSwitch) {
		return proxy(DataSource.class, target, (proxy, method, args) -> {
			if (method.getName().equals("close") && (args == null || args.length == 0)) {
				if (target instanceof AutoCloseable closeable) {
					closeable.close();
				}
				return null;
			}
			Object result = invoke(target, method, args);
			return (result instanceof Connection connection) ? connection(connection, killSwitch) : result;
		}, AutoCloseable.class);
	}

	/** The statement's name as an event ({@code INSERT INTO sync_ledger}), or null when it is not a write. */
	static @Nullable String writeName(@Nullable String sql) {
		if (sql == null) {
			return null;
		}
		Matcher matcher = WRITE.matcher(sql);
		if (!matcher.find()) {
			return null;
		}
		String verb = matcher.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
		String name = verb + " " + matcher.group(2);
		return (matcher.group(3) != null) ? name + " SET " + matcher.group(3) : name;
	}

	private static Connection connection(Connection target, KillSwitch killSwitch) {
		return proxy(Connection.class, target, (proxy, method, args) -> {
			if (method.getName().equals("commit")) {
				killSwitch.event("before commit");
				invoke(target, method, args);
				killSwitch.event("after commit");
				return null;
			}
			Object result = invoke(target, method, args);
			String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : null;
			if (result instanceof CallableStatement statement) {
				return statement(CallableStatement.class, statement, sql, killSwitch);
			}
			if (result instanceof PreparedStatement statement) {
				return statement(PreparedStatement.class, statement, sql, killSwitch);
			}
			if (result instanceof Statement statement) {
				return statement(Statement.class, statement, null, killSwitch);
			}
			return result;
		});
	}

	private static <S extends Statement> S statement(Class<S> type, S target, @Nullable String preparedSql,
			KillSwitch killSwitch) {
		return proxy(type, target, (proxy, method, args) -> {
			Object result = invoke(target, method, args);
			if (EXECUTIONS.contains(method.getName())) {
				String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : preparedSql;
				String name = writeName(sql);
				if (name != null) {
					killSwitch.event("after " + name);
				}
			}
			return result;
		});
	}

	private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler, Class<?>... more) {
		Class<?>[] interfaces = new Class<?>[more.length + 1];
		interfaces[0] = type;
		System.arraycopy(more, 0, interfaces, 1, more.length);
		Object proxy = Proxy.newProxyInstance(PausingDataSource.class.getClassLoader(), interfaces,
				(self, method, args) -> switch (method.getName()) {
					case "equals" -> (args.length == 1) ? self == args[0] : handler.invoke(self, method, args);
					case "hashCode" -> (args == null) ? System.identityHashCode(self)
							: handler.invoke(self, method, args);
					case "toString" -> (args == null) ? "Pausing[" + target + "]" : handler.invoke(self, method, args);
					default -> handler.invoke(self, method, args);
				});
		return type.cast(proxy);
	}

	private static Object invoke(Object target, Method method, Object @Nullable [] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
