/** Log levels, the default console logger and the level filter. */

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Anything with these four methods: `console`, pino, winston… Each line is one message plus structured data. */
export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

/** Writes one line at `level` when the configured level lets it through. */
export type Log = (level: Exclude<LogLevel, "off">, message: string, data?: Record<string, unknown>) => void;

export const LOG_LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

export function createLog(level: LogLevel, logger: Logger, redact: (text: string) => string): Log {
  const max = LOG_LEVELS.indexOf(level);
  return (lineLevel, message, data) => {
    if (LOG_LEVELS.indexOf(lineLevel) <= max) logger[lineLevel](redact(`[openphone] ${message}`), data);
  };
}
