from fastapi import FastAPI
admin = FastAPI()
