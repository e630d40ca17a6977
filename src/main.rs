fn main() {
    std::process::exit(dvht::cli_main(std::env::args_os().collect()));
}
