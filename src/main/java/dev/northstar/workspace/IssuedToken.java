package dev.northstar.workspace;

public record IssuedToken(TokenView token, String secret) {}
