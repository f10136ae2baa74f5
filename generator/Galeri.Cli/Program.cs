using Galeri.Cli;

return GaleriCommand.Run(args);
