"""DUP002 has scope `any`: methods and nested functions count."""


class Gateway:
    def build_http_client(self):  # expect: DUP002@9
        return None

    def build_ws_client(self):
        return None


class Fallback:
    def build_ws_client(self):
        return "a second method of the same name, in this file only"


def configure():
    def build_grpc_client():  # expect: DUP002@9
        return None

    return build_grpc_client
