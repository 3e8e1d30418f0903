package dev.northstar.cli;

import picocli.CommandLine.Command;

/** Listed for help only: {@code serve} is dispatched in {@code main} before picocli runs. */
@Command(name = "serve", description = "Start the Northstar server (the default command).")
class ServeCommand implements Runnable {
    @Override
    public void run() {}
}
