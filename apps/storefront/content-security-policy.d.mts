export declare function inlineScriptHashes(html: string): string[];
export declare function contentSecurityPolicy(scriptSources: readonly string[]): string;
