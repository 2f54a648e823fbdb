def import_event(*a): raise NotImplementedError
def import_path(*a): raise NotImplementedError
