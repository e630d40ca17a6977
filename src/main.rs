fn main() {
    dvht::input::workbook::install_panic_hook();
    let cli = match dvht::help::parse(std::env::args_os().collect()) {
        Ok(cli) => cli,
        Err(code) => std::process::exit(code),
    };
    let code = match dvht::run(&cli) {
        Ok(code) => code,
        Err(e) => {
            if !matches!(e, dvht::error::Error::BrokenPipe) {
                eprintln!("{}", dvht::output::printable(&e.render(cli.lang)));
            }
            e.exit_code()
        }
    };
    std::process::exit(code);
}
