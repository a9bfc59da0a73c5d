using Dapper;

// Every Dapper call in Storage runs through Dapper.AOT's build-time code (no IL emission at run time: Native AOT). Rows
// are read into named types (Dapper.AOT binds columns to members by name; it does not read value tuples).
[module: DapperAot]
